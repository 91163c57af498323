package kg.mektep.birikme.query.web;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

public final class SqlArrays {

    private SqlArrays() {
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
