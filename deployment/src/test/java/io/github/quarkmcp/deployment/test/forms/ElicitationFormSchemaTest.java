package io.github.quarkmcp.deployment.test.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.quarkmcp.FormField;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * The build finds the records that tools pass as class literals to {@code McpContext.elicit} and
 * {@code elicitAsync}, and writes each one's {@code requestedSchema} in the MCP spec's restricted form, member by
 * member in a fixed order; it keys each form by its simple name in snake case and registers the record and its
 * enums for reflection. No tool is called: asking the client is not what this test is about.
 */
public class ElicitationFormSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Booking.class, EveryType.class, HTTPSettings.class,
                    OnlyThroughAVariable.class, Size.class, Table.class, Extra.class, FormsOfTheBuild.class))
            .addBuildChainCustomizer(FormsOfTheBuild.recorded());

    @Test
    void everyFieldAttributeIsWrittenInTheSpecsOrder() {
        assertEquals(json("{'type':'object','properties':{"
                + "'name':{'type':'string','title':'Name','description':'Who the table is for','minLength':2,"
                + "'maxLength':40},"
                + "'e_mail':{'type':'string','format':'email','maxLength':100,'default':'guest@example.com'},"
                + "'guests':{'type':'integer','title':'Guests','minimum':1,'maximum':12},"
                + "'children':{'type':'integer','minimum':0,'default':2},"
                + "'budget':{'type':'number','description':'In euros','maximum':500,'default':99.5},"
                + "'vegetarian':{'type':'boolean','title':'Vegetarian','default':false},"
                + "'size':{'type':'string','enum':['small','medium','large'],'default':'medium'},"
                + "'table':{'type':'string','title':'Table','oneOf':[{'const':'WINDOW','title':'By the window'},"
                + "{'const':'terrace','title':'On the terrace'},{'const':'BAR','title':'BAR'}]},"
                + "'sizes':{'type':'array','minItems':1,'maxItems':2,"
                + "'items':{'type':'string','enum':['small','medium','large']},'default':['small','large']},"
                + "'extras':{'type':'array','title':'Extras','maxItems':2,"
                + "'items':{'anyOf':[{'const':'CAKE','title':'Birthday cake'},{'const':'FLOWERS','title':'FLOWERS'}]},"
                + "'default':[]},"
                + "'notes':{'type':'string','maxLength':500},"
                + "'phone':{'type':'string'},"
                + "'homepage':{'type':'string','format':'uri'},"
                + "'day':{'type':'string','format':'date','default':'2026-12-24'}},"
                + "'required':['name','guests','table','homepage']}"), formsByKey().get("booking"));
    }

    @Test
    void everyAllowedTypeIsAField() {
        assertEquals(json("{'type':'object','properties':{"
                + "'text':{'type':'string'},'letter':{'type':'string'},'boxedLetter':{'type':'string'},"
                + "'link':{'type':'string','format':'uri'},'date':{'type':'string','format':'date'},"
                + "'offsetDateTime':{'type':'string','format':'date-time'},"
                + "'instant':{'type':'string','format':'date-time'},"
                + "'zonedDateTime':{'type':'string','format':'date-time'},"
                + "'smallInteger':{'type':'integer'},'boxedSmallInteger':{'type':'integer'},"
                + "'shortInteger':{'type':'integer'},'boxedShortInteger':{'type':'integer'},"
                + "'integer':{'type':'integer'},'boxedInteger':{'type':'integer'},"
                + "'longInteger':{'type':'integer'},'boxedLongInteger':{'type':'integer'},"
                + "'bigInteger':{'type':'integer'},"
                + "'floatNumber':{'type':'number'},'boxedFloatNumber':{'type':'number'},"
                + "'doubleNumber':{'type':'number'},'boxedDoubleNumber':{'type':'number'},"
                + "'bigDecimal':{'type':'number'},"
                + "'flag':{'type':'boolean'},'boxedFlag':{'type':'boolean'},"
                + "'size':{'type':'string','enum':['small','medium','large']},"
                + "'sizeSet':{'type':'array','items':{'type':'string','enum':['small','medium','large']}},"
                + "'sizeList':{'type':'array','items':{'type':'string','enum':['small','medium','large']}},"
                + "'sizeEnumSet':{'type':'array','items':{'type':'string','enum':['small','medium','large']}},"
                + "'maybe':{'type':'integer'}},"
                + "'required':['text','letter','boxedLetter','link','date','offsetDateTime','instant','zonedDateTime',"
                + "'smallInteger','boxedSmallInteger','shortInteger','boxedShortInteger','integer','boxedInteger',"
                + "'longInteger','boxedLongInteger','bigInteger','floatNumber','boxedFloatNumber','doubleNumber',"
                + "'boxedDoubleNumber','bigDecimal','flag','boxedFlag','size','sizeSet','sizeList','sizeEnumSet']}"),
                formsByKey().get("every_type"));
    }

    /** Asked with {@code elicitAsync} inside a lambda; no required field, so no {@code required}. */
    @Test
    void anAcronymEndsAWordOfTheKey() {
        assertEquals(json("{'type':'object','properties':{'verbose':{'type':'boolean'}}}"),
                formsByKey().get("http_settings"));
    }

    /** A class passed through a variable is not a form the build can know: it is skipped, not an error. */
    @Test
    void onlyClassLiteralsAreForms() {
        Map<String, String> classNameByKey = new LinkedHashMap<>();
        for (JsonNode form : FormsOfTheBuild.read().get("forms")) {
            classNameByKey.put(form.get("key").asText(), form.get("className").asText());
        }
        assertEquals(Map.of("booking", Booking.class.getName(), "every_type", EveryType.class.getName(),
                "http_settings", HTTPSettings.class.getName()), classNameByKey);
    }

    @Test
    void theRecordsAndTheirEnumsAreRegisteredForReflection() {
        Set<String> registered = new HashSet<>();
        FormsOfTheBuild.read().get("reflective").forEach(name -> registered.add(name.asText()));
        for (Class<?> type : List.of(Booking.class, EveryType.class, HTTPSettings.class, Size.class, Table.class,
                Extra.class)) {
            assertTrue(registered.contains(type.getName()), () -> type.getName() + " is not registered: " + registered);
        }
        assertFalse(registered.contains(OnlyThroughAVariable.class.getName()));
    }

    /** The schemas by key, as the exact text the build wrote: comparing text checks the order of members too. */
    private static Map<String, String> formsByKey() {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (JsonNode form : FormsOfTheBuild.read().get("forms")) {
            schemas.put(form.get("key").asText(), form.get("schemaJson").asText());
        }
        return schemas;
    }

    /** JSON written with single quotes, which read better inside Java strings. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    enum Size {
        @JsonProperty("small")
        SMALL,
        @JsonProperty("medium")
        MEDIUM,
        @JsonProperty("large")
        LARGE
    }

    /** Titled: every choice gets one, the value standing in where none was set. */
    enum Table {
        @FormField(title = "By the window")
        WINDOW,
        @FormField(title = "On the terrace")
        @JsonProperty("terrace")
        TERRACE,
        BAR
    }

    enum Extra {
        @FormField(title = "Birthday cake")
        CAKE,
        FLOWERS
    }

    record Booking(
            @ToolArg(description = "Who the table is for") @FormField(title = "Name", minLength = 2, maxLength = 40) String name,
            @ToolArg(name = "e_mail", defaultValue = "guest@example.com") @FormField(format = "email", maxLength = 100) String email,
            @FormField(title = "Guests", minimum = 1, maximum = 12) int guests,
            @ToolArg(defaultValue = "2") @FormField(minimum = 0) Integer children,
            @ToolArg(description = "In euros", defaultValue = "99.5") @FormField(maximum = 500) double budget,
            @ToolArg(defaultValue = "false") @FormField(title = "Vegetarian") boolean vegetarian,
            @ToolArg(defaultValue = "medium") Size size,
            @FormField(title = "Table") Table table,
            @ToolArg(defaultValue = "small, large") @FormField(minItems = 1, maxItems = 2) Set<Size> sizes,
            @ToolArg(defaultValue = "") @FormField(title = "Extras", maxItems = 2) List<Extra> extras,
            @FormField(maxLength = 500) Optional<String> notes,
            @ToolArg(required = false) String phone,
            @FormField(format = "uri") URI homepage,
            @ToolArg(defaultValue = "2026-12-24") LocalDate day) {
    }

    record EveryType(String text, char letter, Character boxedLetter, URI link, LocalDate date,
            OffsetDateTime offsetDateTime, Instant instant, ZonedDateTime zonedDateTime, byte smallInteger,
            Byte boxedSmallInteger, short shortInteger, Short boxedShortInteger, int integer, Integer boxedInteger,
            long longInteger, Long boxedLongInteger, BigInteger bigInteger, float floatNumber, Float boxedFloatNumber,
            double doubleNumber, Double boxedDoubleNumber, BigDecimal bigDecimal, boolean flag, Boolean boxedFlag,
            Size size, Set<Size> sizeSet, List<Size> sizeList, EnumSet<Size> sizeEnumSet, Optional<Integer> maybe) {
    }

    record HTTPSettings(@ToolArg(required = false) Boolean verbose) {
    }

    record OnlyThroughAVariable(String answer) {
    }

    static class Tools {

        @Tool
        String book(McpContext ctx) {
            return ctx.elicit("Book a table", Booking.class).toString();
        }

        @Tool
        String everyType(McpContext ctx) {
            return ctx.elicit("Fill in everything", EveryType.class).toString();
        }

        @Tool
        Uni<String> configure(McpContext ctx) {
            return Uni.createFrom().voidItem()
                    .chain(() -> ctx.elicitAsync("How should the connection behave?", HTTPSettings.class))
                    .map(Object::toString);
        }

        @Tool
        String throughAVariable(McpContext ctx) {
            Class<OnlyThroughAVariable> form = OnlyThroughAVariable.class;
            return ctx.elicit("Anything?", form).toString();
        }
    }
}
