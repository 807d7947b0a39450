package org.dyadlab.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.store.EventColumns;

/**
 * dyadlab's event record (decision 0003) as Spark rows: the columns of {@link EventColumns#NAMES} with the types of
 * {@code migrations/V001__events.sql}, and the same values {@code EventLoad} stores. The staged form adds the
 * input file's position and the line, which decide which duplicate wins (decision 0005).
 */
public final class EventRows {
    /** The input file's position in the job's list. */
    public static final String FILE_INDEX = "file_index";
    /** The record's line in its file (or its sequence number, for coded sentences). */
    public static final String LINE = "line";

    private static final List<String> NOT_NULL = List.of("event_id", "event_date", "date_precision", "event_code",
            "event_root", "quad_class", "goldstein", "origin");

    /** The canonical event columns, in table order. */
    public static final StructType EVENTS = events();

    /** The event columns followed by {@link #FILE_INDEX} and {@link #LINE}. */
    public static final StructType STAGED = EVENTS.add(FILE_INDEX, DataTypes.IntegerType, false)
            .add(LINE, DataTypes.LongType, false);

    private EventRows() {
    }

    private static StructType events() {
        StructField[] fields = new StructField[EventColumns.NAMES.size()];
        for (int i = 0; i < fields.length; i++) {
            String name = EventColumns.NAMES.get(i);
            fields[i] = DataTypes.createStructField(name, type(name), !NOT_NULL.contains(name));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String column) {
        return switch (column) {
            case "event_date" -> DataTypes.DateType;
            case "quad_class" -> DataTypes.ByteType;
            case "goldstein", "origin_goldstein" -> DataTypes.DoubleType;
            case "mentions" -> DataTypes.IntegerType;
            default -> DataTypes.StringType;
        };
    }

    /** The staged row of an event (dates as {@link java.time.LocalDate}: the session's Java 8 date API is on). */
    public static Row staged(Event e, int fileIndex, long line) {
        Object[] v = java.util.Arrays.copyOf(values(e), EVENTS.size() + 2);
        v[EVENTS.size()] = fileIndex;
        v[EVENTS.size() + 1] = line;
        return RowFactory.create(v);
    }

    /** The values of an event's columns, in {@link #EVENTS} order. */
    public static Object[] values(Event e) {
        EventActor s = e.source();
        EventActor t = e.target();
        return new Object[] {e.id(), e.date(), e.datePrecision().key(),
            s.name(), s.code(), s.country(), s.agentsJoined(),
            t.name(), t.code(), t.country(), t.agentsJoined(),
            e.code().code(), e.code().root(), (byte) e.code().quadClass().number(), e.code().goldstein(),
            e.origin(), e.originId(), e.originGoldstein(), e.sourceUrl(), e.documentRef(), e.textHash(), e.mentions()};
    }
}
