package io.github.quarkmcp.deployment.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.spi.DeploymentException;

/**
 * The problems a failed build reports. ArC turns the problems of every {@code ValidationErrorBuildItem} into one
 * {@link DeploymentException}: a single problem becomes its cause, several become its suppressed exceptions.
 */
public final class BuildProblems {

    private BuildProblems() {
    }

    /** The message of each problem, in the order the build reported them. */
    public static List<String> messages(Throwable failure) {
        if (!(failure instanceof DeploymentException)) {
            throw new AssertionError("The build should fail validation, but failed with " + failure, failure);
        }
        List<String> messages = new ArrayList<>();
        if (failure.getSuppressed().length > 0) {
            for (Throwable problem : failure.getSuppressed()) {
                messages.add(problem.getMessage());
            }
        } else {
            assertNotNull(failure.getCause(), () -> "A deployment failure without a problem: " + failure);
            messages.add(failure.getCause().getMessage());
        }
        return messages;
    }

    /** Asserts the build reported these problems, in this order, and no other. */
    public static void assertExactly(Throwable failure, String... expected) {
        assertEquals(List.of(expected), messages(failure));
    }
}
