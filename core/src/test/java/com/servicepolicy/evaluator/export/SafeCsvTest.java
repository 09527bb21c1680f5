package com.servicepolicy.evaluator.export;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCsvTest {

    @Test
    void cellsThatStartLikeAFormulaAreNeutralisedAndQuotedOnlyWhenNeeded() throws Exception {
        StringWriter out = new StringWriter();
        SafeCsv csv = new SafeCsv(out, List.of("a", "b", "c", "d", "e", "f", "g"));
        csv.row("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "plain", null, 4.5);
        csv.row("a,b", "say \"hi\"", "two\nlines", "", "x=1", SafeCsv.actions(List.of("REPLY_NOW", "COACH_AGENT")), -0.5);

        assertThat(out.toString()).isEqualTo("a,b,c,d,e,f,g\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'-2,'@SUM(A1),plain,,4.5\r\n"
                + "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,x=1,REPLY_NOW COACH_AGENT,'-0.5\r\n");
    }

    @Test
    void aCellThatStartsWithATabOrACarriageReturnBeforeAFormulaIsNeutralisedToo() throws Exception {
        StringWriter out = new StringWriter();
        SafeCsv csv = new SafeCsv(out, List.of("a", "b", "c"));
        csv.row("\tcmd|' /C calc'!A0", "\r=1+1", "in\tside");

        assertThat(out.toString()).isEqualTo("a,b,c\r\n'\tcmd|' /C calc'!A0,\"'\r=1+1\",in\tside\r\n");
    }
}
