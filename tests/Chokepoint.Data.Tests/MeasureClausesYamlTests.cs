using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>controls.yaml fields at the grain of the text: reviewed_through, scope, phases, status, reach_share (file:line:column).</summary>
public sealed class MeasureClausesYamlTests : IDisposable
{
    private const string Controls = "controls.yaml";
    private readonly DatasetFolder _data = new();

    /// <summary>A registry reviewed through 2026-04-20 with one licence; line n of the file is element n-1 of <paramref name="extra"/> after these twelve lines.</summary>
    private static string File(params string[] extra) =>
        string.Join("\n", new[]
        {
            "reviewed_through: 2026-04-20", // 1
            "measures:",                    // 2
            "- id: CHN-TEST-1",             // 3
            "  issuer: CHN",                // 4
            "  kind: licence",              // 5
            "  announced: 2025-03-01",      // 6
            "  effective: 2025-04-01",      // 7
            "  items: [m]",                 // 8
            "  destinations: \"*\"",        // 9
            "  approval_rate: 0.5",         // 10
            "  licence_delay_days: 30",     // 11
            "  sources: [test]",            // 12
        }.Concat(extra)) + "\n";

    [Fact]
    public void Scope_phases_status_reach_and_review_date_load()
    {
        _data.Write(Controls, File(
            "  reach_share: 0.25",
            "  scope:",
            "    - clause: reexport",
            "      effective: 2025-10-09",
            "    - clause: foreign-content",
            "      effective: 2025-12-01",
            "      de_minimis_pct: 0.1",
            "  phases:",
            "    - from: 2025-06-01",
            "      destinations: [USA]",
            "      approval_rate: 0.57",
            "      confidence: medium",
            "      sources: [test]",
            "      notes: June exports to the US"));

        var result = _data.Load();

        Expect.Clean(result);
        var m = result.Dataset!.Measures["CHN-TEST-1"];
        Assert.Equal(new DateOnly(2026, 4, 20), result.Dataset.Tables.ControlsReviewedThrough);
        Assert.Equal(0.25, m.ReachShare);
        Assert.Equal([ScopeKind.Reexport, ScopeKind.ForeignContent], m.Scope.Select(c => c.Kind));
        Assert.Equal(0.1, m.Scope[1].DeMinimisPct);
        Assert.Equal(new DateOnly(2025, 12, 1), m.ClauseFrom(ScopeKind.ForeignContent));
        Assert.Null(m.ClauseFrom(ScopeKind.Export));
        var phase = Assert.Single(m.Phases);
        Assert.Equal(0.57, m.ApprovalRateOn(new DateOnly(2025, 6, 2), "USA"));
        Assert.Equal(0.5, m.ApprovalRateOn(new DateOnly(2025, 6, 2), "DEU"));
        Assert.Equal(Confidence.Medium, phase.Confidence);
        Assert.True(m.Enacted);
    }

    [Fact]
    public void An_unknown_clause_is_an_error_at_its_value_listing_the_clauses()
    {
        _data.Write(Controls, File("  scope:", "    - clause: transit"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 14, 15);

        Expect.Names(d, "unknown clause 'transit'", "expected one of export, reexport, foreign-content");
    }

    [Fact]
    public void A_de_minimis_on_a_clause_other_than_foreign_content_is_an_error()
    {
        _data.Write(Controls, File("  scope:", "    - clause: reexport", "      de_minimis_pct: 0.1"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 15, 23);

        Expect.Names(d, "de_minimis_pct applies only to clause 'foreign-content'");
    }

    [Fact]
    public void A_clause_starting_before_the_measure_is_an_error()
    {
        _data.Write(Controls, File("  scope:", "    - clause: export", "      effective: 2025-01-01"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 15, 18);

        Expect.Names(d, "clause effective 2025-01-01 is before the measure's effective 2025-04-01");
    }

    [Fact]
    public void A_phase_without_rate_or_delay_is_an_error_at_its_date()
    {
        _data.Write(Controls, File("  phases:", "    - from: 2025-06-01", "      destinations: [USA]"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 14, 13);

        Expect.Names(d, "a phase must set approval_rate, licence_delay_days or both");
    }

    [Fact]
    public void A_phase_rate_out_of_range_is_an_error_at_the_value()
    {
        _data.Write(Controls, File("  phases:", "    - from: 2025-06-01", "      approval_rate: 1.5"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 15, 22);

        Expect.Names(d, "1.5 in 'approval_rate' is out of range", "expected 0 to 1");
    }

    [Fact]
    public void A_phase_citing_an_unknown_source_is_an_error_on_the_phase_line()
    {
        _data.Write(Controls, File("  phases:", "    - from: 2025-06-01", "      approval_rate: 0.5", "      sources: [nowhere]"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 14, 0);

        Expect.Names(d, "unknown source 'nowhere'");
    }

    [Fact]
    public void A_status_other_than_announced_is_an_error()
    {
        _data.Write(Controls, File("  status: rumoured"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 13, 11);

        Expect.Names(d, "unknown status 'rumoured'", "expected 'announced'");
    }

    [Fact]
    public void An_announced_status_marks_a_commitment_not_enacted()
    {
        _data.Write(Controls, File("  status: announced"));

        var result = _data.Load();

        Expect.Clean(result);
        Assert.False(result.Dataset!.Measures["CHN-TEST-1"].Enacted);
    }

    [Fact]
    public void A_review_date_that_is_not_iso_is_an_error_at_its_value()
    {
        _data.Write(Controls, File().Replace("2026-04-20", "April 2026", StringComparison.Ordinal));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 1, 19);

        Expect.Names(d, "'April 2026' in 'reviewed_through' is not an ISO date");
    }

    public void Dispose() => _data.Dispose();
}
