package kg.mektep.birikme.api.common;

/** The people and bodies of the regulation who act in the system (DOMAIN.md, "People and bodies"). */
public enum Role {
    DIRECTOR,
    /** Deputy director for teaching and upbringing work (ОТИ / УВР). */
    DEPUTY_TEACHING,
    /** Deputy director for scientific-methodological work (ИУИ / НМР). */
    DEPUTY_METHODOLOGY,
    CHAIR,
    TEACHER,
    INSPECTOR,
    ADMIN
}
