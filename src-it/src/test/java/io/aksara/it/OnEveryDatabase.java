package io.aksara.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a suite once per {@link TestDatabase} (those named: {@link TestDatabaseSelection}), as
 * the same class: one instance per database, so a suite's {@code @BeforeParameterizedClassInvocation}
 * method sets its tables up once per database and its fields hold that database's state. The suite
 * reads its database from a field:
 *
 * <pre>{@code
 * @OnEveryDatabase
 * class BehaviourSuite {
 *     @Parameter TestDatabase database;
 *
 *     @BeforeParameterizedClassInvocation
 *     void createTables() { Aksara.configure(database.config()); ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "[{0}]")
@ArgumentsSource(TestDatabaseSelection.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface OnEveryDatabase {}
