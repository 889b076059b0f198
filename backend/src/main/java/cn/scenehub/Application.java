package cn.scenehub;

import cn.scenehub.matching.eval.EvalMatching;
import io.micronaut.runtime.Micronaut;

/**
 * SceneHub (工赋场景汇): the HTTP API under /api/v1, /health, and the portal at /. With the first
 * argument {@code eval-matching} it runs the matching evaluation tool instead ({@link EvalMatching}).
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("eval-matching")) {
            EvalMatching.main(args);
            return;
        }
        Micronaut.run(Application.class, args);
    }
}
