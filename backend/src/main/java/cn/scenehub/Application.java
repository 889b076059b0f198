package cn.scenehub;

import io.micronaut.runtime.Micronaut;

/** SceneHub (工赋场景汇): the HTTP API under /api/v1, /health, and the portal at /. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
