package org.litkg.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code /usr/bin/python3} with a script from src/test/python; what it printed and its exit status. */
record PythonRun(int status, String stdout, String stderr) {

    static PythonRun of(java.util.Map<String, String> env, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "src/test/python/" + script));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Quiets ipykernel's debugger notice about frozen modules; changes nothing else.
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        builder.environment().putAll(env);
        Process p = builder.start();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        StringBuilder stderr = new StringBuilder();
        Thread errReader = new Thread(() -> {
            try {
                stderr.append(new String(err.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                stderr.append(e);
            }
        });
        errReader.start();
        String stdout = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        errReader.join();
        return new PythonRun(p.exitValue(), stdout, stderr.toString());
    }
}
