package org.newstally.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The driver's monitoring REST API (Spark UI), to see which stage runs; answers nothing until the UI is up. */
final class SparkRestApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;

  SparkRestApi(int port) {
    this.base = "http://127.0.0.1:" + port + "/api/v1/applications";
  }

  /** The application's active stages; empty while the UI is not up or has no application yet. */
  List<JsonNode> activeStages() {
    List<JsonNode> out = new ArrayList<>();
    JsonNode apps = get(base);
    if (apps == null || !apps.isArray() || apps.isEmpty()) {
      return out;
    }
    JsonNode stages = get(base + "/" + apps.get(0).path("id").asText() + "/stages?status=active");
    if (stages != null && stages.isArray()) {
      stages.forEach(out::add);
    }
    return out;
  }

  private JsonNode get(String url) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    } catch (IOException e) {
      return null; // not up yet, or already gone
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
