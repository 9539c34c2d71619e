package io.aksara.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

@Entity
@Table(name = "world")
@DynamicUpdate
public class HWorld {
    @Id
    public int id;

    @Column(name = "randomnumber")
    public int randomNumber;
}
