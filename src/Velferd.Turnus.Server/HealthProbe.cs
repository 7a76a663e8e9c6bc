namespace Velferd.Turnus.Server;

/// <summary>`--health-probe [url]`: asks the running server's /health (the container image has no curl) and exits 0 when healthy.</summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync(string? url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var response = await http.GetAsync(url ?? "http://127.0.0.1:8080/health");
            Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"unhealthy: {error.Message}");
            return 1;
        }
    }
}
