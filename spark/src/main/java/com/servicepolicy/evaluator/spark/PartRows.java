package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.EvaluationStats;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * What the evaluation of a partition gives, one schema for every kind: a violation (the command line's
 * fields, for Parquet, and its JSON line, for JSON Lines), a group count left for the whole run to judge,
 * and the partition's figures.
 */
final class PartRows {
    static final String VIOLATION = "violation";
    static final String GROUP = "group";
    static final String FIGURES = "figures";
    /** The violation's columns, in the command line's order (README, "The command line"). */
    static final List<String> VIOLATION_COLUMNS = List.of("code", "name", "policy", "severity", "subject",
            "customerId", "interactionId", "eventId", "measured", "threshold", "unit", "message", "actions", "rule",
            "serviceLevel");
    private static final ObjectWriter JSON = JsonMapper.builder().build().writer();
    private static final StructType ACTION = new StructType()
            .add("code", DataTypes.StringType, true)
            .add("description", DataTypes.StringType, true);

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("code", DataTypes.StringType, true)
            .add("name", DataTypes.StringType, true)
            .add("policy", DataTypes.StringType, true)
            .add("severity", DataTypes.StringType, true)
            .add("subject", DataTypes.StringType, true)
            .add("customerId", DataTypes.StringType, true)
            .add("interactionId", DataTypes.StringType, true)
            .add("eventId", DataTypes.StringType, true)
            .add("measured", DataTypes.DoubleType, true)
            .add("threshold", DataTypes.DoubleType, true)
            .add("unit", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("actions", DataTypes.createArrayType(ACTION), true)
            .add("rule", DataTypes.StringType, true)
            .add("serviceLevel", DataTypes.StringType, true)
            .add("json", DataTypes.StringType, true)
            .add("attribute", DataTypes.StringType, true)
            .add("group", DataTypes.StringType, true)
            .add("interactions", DataTypes.LongType, true)
            .add("refused", DataTypes.LongType, true)
            .add("events", DataTypes.LongType, true)
            .add("sessions", DataTypes.LongType, true)
            .add("firings", DataTypes.LongType, true)
            .add("violations", DataTypes.LongType, true);

    private PartRows() {
    }

    static Row violation(Violation v) {
        // A Scala Seq: the external form of an array column for Spark's row encoder.
        scala.collection.immutable.Seq<Row> actions = scala.jdk.javaapi.CollectionConverters
                .asScala(v.actions().stream().map(PartRows::action).toList()).toSeq();
        return RowFactory.create(VIOLATION, v.code(), v.name(), v.policy(), v.severity().name(), v.subject(),
                v.customerId(), v.interactionId(), v.eventId(), v.measured(), v.threshold(), v.unit(), v.message(),
                actions, v.rule(), v.serviceLevel(), JSON.writeValueAsString(v),
                null, null, null, null, null, null, null, null);
    }

    static Row group(LogEvaluation.GroupCount c) {
        return RowFactory.create(GROUP, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, c.attribute(), c.group(), c.interactions(), c.refused(), null, null, null, null);
    }

    static Row figures(EvaluationStats s, long violations) {
        return RowFactory.create(FIGURES, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, s.interactions(), null, s.events(), s.sessions(), s.firings(), violations);
    }

    /** The violation a {@link #violation(Violation)} row holds (for the driver, which stores it). */
    static Violation violationOf(Row r) {
        List<Row> actions = r.getList(r.fieldIndex("actions"));
        return new Violation(r.getAs("code"), r.getAs("name"), r.getAs("policy"), Severity.valueOf(r.getAs("severity")),
                r.getAs("subject"), r.getAs("customerId"), r.getAs("interactionId"), r.getAs("eventId"),
                r.getAs("measured"), r.getAs("threshold"), r.getAs("unit"), r.getAs("message"),
                actions == null ? List.of() : actions.stream().map(a -> new RecommendedAction(a.getString(0), a.getString(1))).toList(),
                r.getAs("rule"), r.getAs("serviceLevel"));
    }

    private static Row action(RecommendedAction a) {
        return RowFactory.create(a.code(), a.description());
    }
}
