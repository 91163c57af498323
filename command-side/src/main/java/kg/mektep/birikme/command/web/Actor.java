package kg.mektep.birikme.command.web;

import kg.mektep.birikme.api.common.Role;

/** Who sends a command. Until users sign in it is read from the X-Actor-Id and X-Actor-Role headers. */
public record Actor(String id, Role role) {
}
