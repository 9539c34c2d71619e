package io.aksara.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "fortune")
public class HFortune {
    @Id
    public int id;

    public String message;

    public HFortune() {}

    public HFortune(int id, String message) {
        this.id = id;
        this.message = message;
    }
}
