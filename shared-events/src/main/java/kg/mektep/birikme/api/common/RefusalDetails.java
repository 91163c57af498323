package kg.mektep.birikme.api.common;

import java.util.List;

/** A refusal as it travels inside a command execution exception: the code and its message values. */
public record RefusalDetails(String code, List<String> arguments) {
}
