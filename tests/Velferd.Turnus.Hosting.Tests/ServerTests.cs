using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Velferd.Turnus.Server;
using Velferd.Turnus.Tests.Shared;

namespace Velferd.Turnus.Hosting.Tests;

/// <summary>The server as an operator runs it (embedded mode here): /health, and a unit planned through the HTTP API.</summary>
[Collection(HostingCollection.Name)]
public sealed class ServerTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "turnus-server-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly int port = Silos.FreePort();
    private WebApplication app = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        app = ServerApp.Build([
            $"--urls=http://127.0.0.1:{port}", $"--Turnus:DataDirectory={directory}",
            $"--Turnus:SiloPort={Silos.FreePort()}", $"--Turnus:GatewayPort={Silos.FreePort()}", "--Turnus:Grains:SolverSlots=1",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Health_is_reported_and_a_unit_is_planned_through_the_api()
    {
        var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        var invalid = await http.PutAsync("/units/api-enhet", new StringContent(TestUnitFiles.Invalid("api-enhet")));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("$.residents[0].vedtak[0].hoursPerWeek", await invalid.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await http.PutAsync("/units/api-enhet", new StringContent(TestUnitFiles.Json("api-enhet")))).StatusCode);
        var started = await http.PostAsJsonAsync("/units/api-enhet/jobs", new { timeLimitSeconds = 3 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var jobId = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("jobId").GetString()!;

        var deadline = DateTime.UtcNow + Planning.Patience;
        string state;
        do
        {
            await Task.Delay(200);
            state = JsonDocument.Parse(await http.GetStringAsync($"/jobs/{jobId}")).RootElement.GetProperty("state").GetString()!;
        }
        while (state is "Queued" or "Solving" && DateTime.UtcNow < deadline);
        Assert.Equal("Done", state);

        var planJson = await http.GetStringAsync("/units/api-enhet/plans/0");
        var unit = Velferd.Turnus.FileFormats.Units.UnitFileReader.Parse(TestUnitFiles.Json("api-enhet"), "x.json").Unit!;
        var plan = Velferd.Turnus.FileFormats.Plans.PlanFile.Parse(planJson, "plan.json", unit).Plan!;
        Assert.True(Velferd.Turnus.Domain.Checking.PlanChecker.Check(unit, plan).IsLegal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/jobs/finnes-ikke")).StatusCode);
    }
}
