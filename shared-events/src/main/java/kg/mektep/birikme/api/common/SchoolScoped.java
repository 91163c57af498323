package kg.mektep.birikme.api.common;

/** A command that acts within one school: the authority check compares it with the actor's school. */
public interface SchoolScoped {

    String schoolId();
}
