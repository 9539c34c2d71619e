package io.aksara.test;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.Transaction;
import io.aksara.errors.TransactionError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The JUnit extension behind {@link AksaraTest}. Each test method, after its {@code @BeforeEach}
 * methods, is called inside one atomic block per database alias, marked for rollback, so whatever
 * the test and its set-up wrote is undone on every database it names; a failing test's error leaves
 * the blocks unchanged (they roll back too).
 */
public final class AksaraExtension implements InvocationInterceptor, BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AksaraExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        AksaraTest settings = settings(context);
        if (settings == null || !settings.freshDatabase()) {
            return;
        }
        String alias = settings.databases()[0];
        Class<? extends Model>[] models = settings.models();
        FreshDatabase fresh = FreshDatabase.create(alias, Aksara.config(alias), models);
        context.getStore(NAMESPACE).put(context.getRequiredTestClass(), fresh);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        FreshDatabase fresh = context.getStore(NAMESPACE).remove(context.getRequiredTestClass(), FreshDatabase.class);
        if (fresh != null) {
            fresh.close();
        }
    }

    /**
     * A {@code @BeforeEach} method of a rolled-back test is not run here but inside the test's
     * block, just before the test (as Django runs {@code setUp} inside the test's transaction), so
     * the rows it writes are rolled back with the test's. An atomic block lives as long as one call,
     * so this call cannot open it for the test that follows.
     */
    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        if (!rolledBack(context, context.getRequiredTestMethod())) {
            invocation.proceed();
            return;
        }
        invocation.skip();
        deferredSetUp(context).add(new DeferredSetUp(invocationContext.getExecutable(), invocationContext.getTarget().orElse(null),
                invocationContext.getArguments().toArray()));
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        AksaraTest settings = settings(context);
        if (!rolledBack(context, invocationContext.getExecutable())) {
            invocation.proceed();
            return;
        }
        List<DeferredSetUp> setUp = List.copyOf(deferredSetUp(context));
        RolledBack.run(Arrays.asList(settings.databases()), () -> {
            for (DeferredSetUp method : setUp) {
                method.run();
            }
            invocation.proceed();
        });
    }

    private static boolean rolledBack(ExtensionContext context, Method test) {
        AksaraTest settings = settings(context);
        return settings != null && settings.rollback() && !test.isAnnotationPresent(WithoutRollback.class);
    }

    @SuppressWarnings("unchecked")
    private static List<DeferredSetUp> deferredSetUp(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(DeferredSetUp.class, k -> new ArrayList<DeferredSetUp>(), List.class);
    }

    /** A {@code @BeforeEach} method held back to run inside the test's rolled-back block, with the arguments JUnit resolved. */
    private record DeferredSetUp(Method method, Object target, Object[] arguments) {
        void run() throws Throwable {
            try {
                method.setAccessible(true);
                method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static AksaraTest settings(ExtensionContext context) {
        Optional<Class<?>> type = context.getTestClass();
        while (type.isPresent()) {
            AksaraTest found = type.get().getAnnotation(AksaraTest.class);
            if (found != null) {
                return found;
            }
            type = Optional.ofNullable(type.get().getEnclosingClass());
        }
        return null;
    }

    /** Runs a throwing block inside rolled-back atomic blocks, one per alias, rethrowing what it threw. */
    static final class RolledBack {
        private RolledBack() {}

        interface Body {
            void run() throws Throwable;
        }

        static void run(List<String> aliases, Body body) throws Throwable {
            Throwable[] thrown = new Throwable[1];
            Runnable nested = () -> {
                try {
                    body.run();
                } catch (Throwable t) {
                    thrown[0] = t; // kept, not rethrown: the block rolls back by its mark either way
                }
            };
            for (String alias : aliases.reversed()) {
                Runnable inner = nested;
                nested = () -> {
                    boolean[] bodyReturned = {false};
                    try {
                        Transaction.using(alias).atomic(() -> {
                            Transaction.setRollback(alias, true);
                            inner.run();
                            bodyReturned[0] = true;
                            Transaction.setRollback(alias, true); // the test may have cleared the mark
                        });
                    } catch (TransactionError e) {
                        // a statement failed and the test caught it (assertThrows on a unique
                        // violation): the block says so when it ends, but it was to roll back anyway
                        if (!bodyReturned[0]) {
                            throw e;
                        }
                    }
                };
            }
            nested.run();
            if (thrown[0] != null) {
                throw thrown[0];
            }
        }
    }
}
