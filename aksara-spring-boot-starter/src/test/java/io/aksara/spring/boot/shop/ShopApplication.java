package io.aksara.spring.boot.shop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A small web application on the starter: nothing about Aksara is configured by hand. */
@SpringBootApplication
public class ShopApplication {
    /** The names whose onCommit hook ran, in order. */
    @Bean
    List<String> committed() {
        return new CopyOnWriteArrayList<>();
    }

    @RestController
    static class GadgetController {
        private final GadgetService gadgets;

        GadgetController(GadgetService gadgets) {
            this.gadgets = gadgets;
        }

        @PostMapping("/gadgets")
        String add(@RequestParam("name") String name, @RequestParam(name = "fail", defaultValue = "false") boolean fail) {
            gadgets.add(name, fail);
            return "added " + name;
        }

        @GetMapping("/gadgets")
        List<String> names() {
            return gadgets.names();
        }

        @ExceptionHandler(IllegalStateException.class)
        @ResponseStatus(HttpStatus.CONFLICT)
        String refused(IllegalStateException e) {
            return e.getMessage();
        }
    }
}
