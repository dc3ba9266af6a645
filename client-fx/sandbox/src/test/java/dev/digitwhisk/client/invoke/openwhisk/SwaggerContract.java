package dev.digitwhisk.client.invoke.openwhisk;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The controller's own REST contract, {@code apiv1swagger.json} as apache/openwhisk ships it (a
 * test resource, never edited), checked with the validator upstream's tests use. Web actions and
 * API-gateway routes are outside that file, so only {@code /api/v1/namespaces…} exchanges are checked.
 */
public final class SwaggerContract {
  /** Where the controller's swagger serves its paths from ({@code basePath}). */
  private static final String CHECKED_PREFIX = "/api/v1/namespaces";

  private final OpenApiInteractionValidator validator;

  public SwaggerContract() {
    this.validator = OpenApiInteractionValidator.createFor(controllerApi())
        .withWhitelist(whitelist())
        .build();
  }

  /**
   * The swagger as an OpenAPI model, with one repair of the conversion rather than of the file: a
   * property the swagger leaves untyped ("Any JSON value": {@code KeyValue.value},
   * {@code ActivationResult.result}, …) comes out of the Swagger 2 converter typed {@code object}, so
   * {@code web-export: true} would read as a breach. Those properties are made untyped again.
   */
  private static OpenAPI controllerApi() {
    String swagger = controllerSwagger();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIParser().readContents(swagger, null, options).getOpenAPI();
    JsonNode definitions = StandInJson.MAPPER.readTree(swagger).path("definitions");
    definitions.properties().forEach(definition -> definition.getValue().path("properties").properties().forEach(p -> {
      JsonNode declared = p.getValue();
      if (!declared.has("type") && !declared.has("$ref")) {
        Schema<?> converted = (Schema<?>) api.getComponents().getSchemas().get(definition.getKey()).getProperties().get(p.getKey());
        converted.setType(null);
        converted.setTypes(null);
      }
    }));
    return api;
  }

  /**
   * What is not counted as a breach, each for a reason the real controller gives. The first two are
   * upstream's own (common/rest/SwaggerValidator.scala): action payloads are free-form objects the
   * swagger types too narrowly, and a blackbox action's {@code exec.kind} is outside the swagger's enum.
   */
  private static ValidationErrorsWhitelist whitelist() {
    return ValidationErrorsWhitelist.create()
        .withRule("action payloads and bodies may carry properties the swagger does not list (upstream's rule)",
            allOf(isRequest(), pathContainsSubstring("/actions/"), anyOf(methodIs(HttpMethod.POST), methodIs(HttpMethod.PUT)),
                messageHasKey("validation.request.body.schema.additionalProperties")))
        .withRule("exec kinds outside the swagger's enum, such as blackbox (upstream's rule)",
            allOf(isRequest(), pathContainsSubstring("/actions/"), methodIs(HttpMethod.PUT),
                messageHasKey("validation.request.body.schema.enum")))
        // Ours: the swagger declares some answers with no schema (invoke's 200, 502 and 429, DELETE's 200), which the
        // validator reads as "no body"; the controller answers JSON there (the result or record, {"error","code"},
        // the deleted action: Actions.scala, ErrorResponse). Answers that do have a schema are still checked.
        .withRule("answers the swagger leaves without a schema carry the controller's JSON",
            allOf(isResponse(), messageHasKey("validation.response.body.unexpected")))
        // Ours: the controller refuses a malformed query or body with 400 and another namespace with 403 on every
        // route (Actions.scala's parameter checks, Entitlement.scala), but the swagger lists them only on some.
        .withRule("400 and 403 refusals on routes whose swagger entry omits them",
            allOf(isResponse(), messageHasKey("validation.response.status.unknown"),
                anyOf(responseStatusIs(400), responseStatusIs(403))))
        // Ours: the controller refuses an invoke body over whisk.activation.payload.max with 413 (Entities.scala
        // validateSize, Messages.entityTooBig, REST and web alike); the swagger lists 413 only on the PUTs.
        .withRule("413 for an invoke body over the payload limit, which the swagger lists only on PUTs",
            allOf(isResponse(), messageHasKey("validation.response.status.unknown"), responseStatusIs(413),
                methodIs(HttpMethod.POST), pathContainsSubstring("/actions/")))
        // Ours: a method the swagger has no operation for on a path is still answered, by Pekko's rejection
        // handling under RestAPIs.scala (MethodRejections): 405 for a method no route takes, the not-found 404
        // for a web method, 401 first without credentials. The answer has no operation to be checked against.
        .withRule("Pekko's refusal of a method the path has no operation for",
            allOf(isResponse(), messageHasKey("validation.request.operation.notAllowed"),
                anyOf(responseStatusIs(401), responseStatusIs(404), responseStatusIs(405))))
        // Ours: the swagger has no OPTIONS operation; RestAPIs.scala's last route answers a browser's preflight
        // on any path, options { sendCorsHeaders { complete(OK) } } (RestCors).
        .withRule("the preflight's 200 OK from the last route",
            allOf(isResponse(), messageHasKey("validation.request.operation.notAllowed"), responseStatusIs(200),
                messageContainsSubstring("OPTIONS operation not allowed")));
  }

  static String controllerSwagger() {
    try (InputStream in = SwaggerContract.class.getResourceAsStream("/openwhisk/apiv1swagger.json")) {
      if (in == null) {
        throw new IllegalStateException("openwhisk/apiv1swagger.json is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the swagger describes this exchange at all. */
  public static boolean covers(StandInExchange exchange) {
    return exchange.rawPath().startsWith(CHECKED_PREFIX);
  }

  /** The breaches of the request alone, as text; empty when it keeps the contract. */
  public List<String> checkRequest(StandInExchange exchange) {
    return errors(validator.validateRequest(request(exchange)));
  }

  /** The breaches of the answer (for the operation the request named), as text; empty when it keeps the contract. */
  public List<String> checkAnswer(StandInExchange exchange) {
    Request request = request(exchange);
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status()).withBody(exchange.responseBody());
    exchange.responseHeaders().forEach(response::withHeader);
    return errors(validator.validateResponse(request.getPath(), request.getMethod(), response.build()));
  }

  private static Request request(StandInExchange exchange) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(exchange.method(), OpenWhiskStandIn.decode(exchange.rawPath()));
    if (exchange.requestBody().length > 0) {
      b.withBody(exchange.requestBody());
    }
    exchange.requestHeaders().forEach(b::withHeader);
    for (Map.Entry<String, String> q : OpenWhiskStandIn.query(exchange.rawQuery()).entrySet()) {
      b.withQueryParam(q.getKey(), q.getValue());
    }
    return b.build();
  }

  private static List<String> errors(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }
}
