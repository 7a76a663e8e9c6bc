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
    private readonly int port = SiloHost.FreePort();
    private WebApplication app = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        app = ServerApp.Build([
            $"--urls=http://127.0.0.1:{port}", $"--Turnus:DataDirectory={directory}",
            $"--Turnus:SiloPort={SiloHost.FreePort()}", $"--Turnus:GatewayPort={SiloHost.FreePort()}", "--Turnus:Grains:SolverSlots=1",
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

    [Fact]
    public async Task A_district_is_defined_solved_and_delivers_reduced_demand_through_the_api()
    {
        var folder = RepositoryRoot.File("samples", "district");
        var units = Directory.GetFiles(folder, "*-bofellesskap.json")
            .ToDictionary(path => Path.GetFileName(path), path => JsonDocument.Parse(File.ReadAllText(path)).RootElement);
        var district = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "district.json"))).RootElement;

        var malformed = await http.PutAsync("/districts/nordre-boliger", new StringContent("{\"district\": {}, \"units\": []}"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("$.units: is required and must be an object", await malformed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/districts/nordre-boliger")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/units/bergtun/planning-demand")).StatusCode);

        var defined = await http.PutAsJsonAsync("/districts/nordre-boliger", new { district, units });
        Assert.Equal(HttpStatusCode.OK, defined.StatusCode);
        var started = await http.PostAsJsonAsync("/districts/nordre-boliger/solve", new { timeLimitSeconds = 5, seed = 1 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);

        var deadline = DateTime.UtcNow + Planning.Patience;
        JsonElement status;
        do
        {
            await Task.Delay(250);
            status = JsonDocument.Parse(await http.GetStringAsync("/districts/nordre-boliger")).RootElement;
        }
        while (status.GetProperty("state").GetString() == "Solving" && DateTime.UtcNow < deadline);
        Assert.Equal("Done", status.GetProperty("state").GetString());
        var outcome = status.GetProperty("outcome");
        Assert.True(outcome.GetProperty("nurseHoursShared").GetDouble() < outcome.GetProperty("nurseHoursAlone").GetDouble());
        foreach (var unit in outcome.GetProperty("units").EnumerateArray())
        {
            var demand = JsonDocument.Parse(await http.GetStringAsync($"/units/{unit.GetProperty("unitId").GetString()}/planning-demand")).RootElement;
            var nurseSlots = demand.GetProperty("competences").EnumerateArray()
                .Where(competence => competence.GetProperty("competence").GetString() is "SPL" or "VPL")
                .Sum(competence => competence.GetProperty("desired").EnumerateArray().Sum(slot => slot.GetDouble())
                    + competence.GetProperty("sleeping").EnumerateArray().Sum(slot => slot.GetInt32()));
            Assert.Equal(unit.GetProperty("nurseHoursShared").GetDouble(), nurseSlots * 15 / 60, 3);
        }
    }
}
