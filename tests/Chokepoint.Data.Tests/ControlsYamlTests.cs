namespace Chokepoint.Data.Tests;

/// <summary>controls.yaml: YAML syntax, measure kinds, and dates in order. Columns are YAML character columns.</summary>
public sealed class ControlsYamlTests : IDisposable
{
    private const string Controls = "controls.yaml";
    private readonly DatasetFolder _data = new();

    /// <summary>A valid measure; line n of the file is element n-1 of <paramref name="extra"/> after these eight lines.</summary>
    private static string File(string kind = "ban", string announced = "2025-03-01", string effective = "2025-04-01", params string[] extra) =>
        string.Join("\n", new[]
        {
            "- id: CHN-TEST-1",             // 1
            "  issuer: CHN",                // 2
            $"  kind: {kind}",              // 3
            $"  announced: {announced}",    // 4
            $"  effective: {effective}",    // 5
            "  items: [m]",                 // 6
            "  destinations: \"*\"",        // 7
            "  sources: [test]",            // 8
        }.Concat(extra)) + "\n";

    [Fact]
    public void The_valid_measure_loads()
    {
        _data.Write(Controls, File());

        var result = _data.Load();

        Expect.Clean(result);
        Assert.Equal(new DateOnly(2025, 4, 1), result.Dataset!.Measures["CHN-TEST-1"].Effective);
    }

    [Fact]
    public void Effective_before_announced_is_an_error_at_the_effective_value()
    {
        _data.Write(Controls, File(effective: "2025-02-01"));

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Controls), 5, 14);
        Expect.Names(d, "effective 2025-02-01 is before announced 2025-03-01", "expected effective on or after the announcement");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_suspension_ending_before_it_starts_is_an_error()
    {
        _data.Write(Controls, File(extra: ["  suspended_from: 2025-06-01", "  suspended_until: 2025-05-01"]));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 10, 20);

        Expect.Names(d, "suspended_until 2025-05-01 is not after suspended_from 2025-06-01", "expected the suspension to end after it starts");
    }

    [Fact]
    public void A_suspension_window_of_zero_days_is_an_error()
    {
        // suspended_until is exclusive, so until == from suspends nothing: surely a typo.
        _data.Write(Controls, File(extra: ["  suspended_from: 2025-06-01", "  suspended_until: 2025-06-01"]));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 10, 20);

        Expect.Names(d, "expected the suspension to end after it starts");
    }

    [Fact]
    public void Ended_before_effective_is_an_error()
    {
        _data.Write(Controls, File(extra: ["  ended: 2025-01-01"]));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 9, 10);

        Expect.Names(d, "ended 2025-01-01 is before effective 2025-04-01", "expected ended on or after effective");
    }

    [Fact]
    public void An_unknown_measure_kind_is_an_error_listing_the_valid_kinds()
    {
        _data.Write(Controls, File(kind: "embargo"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 3, 9);

        Expect.Names(d, "unknown kind 'embargo'", "expected one of licence, ban, technology-ban, extraterritorial, suspension, intervention");
    }

    [Fact]
    public void A_date_that_is_not_iso_is_an_error()
    {
        _data.Write(Controls, File(announced: "01/03/2025"));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 4, 14);

        Expect.Names(d, "'01/03/2025' in 'announced' is not an ISO date", "expected YYYY-MM-DD");
    }

    [Fact]
    public void Invalid_yaml_is_an_error_with_its_line()
    {
        _data.Write(Controls, File(extra: ["  notes: a: b"]));

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Controls), 9);
        Expect.Names(d, "invalid YAML");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_measure_missing_a_required_field_is_an_error_naming_the_field()
    {
        _data.Write(Controls, "- id: CHN-TEST-1\n  kind: ban\n  announced: 2025-01-01\n  effective: 2025-01-01\n  items: [m]\n  destinations: \"*\"\n");

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 1, 3);

        Expect.Names(d, "missing required field 'issuer'");
    }

    [Fact]
    public void A_duplicate_measure_id_is_an_error_naming_the_first_line()
    {
        _data.Write(Controls, File() + File().Replace("- id", "\n- id", StringComparison.Ordinal));

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 10, 0);

        Expect.Names(d, "duplicate measure id 'CHN-TEST-1'", "first on line 1");
    }

    [Fact]
    public void A_suspension_of_an_unknown_measure_is_an_error()
    {
        _data.Write(Controls, File() + "- id: CHN-SUSP-1\n  issuer: CHN\n  kind: suspension\n  announced: 2025-05-01\n  effective: 2025-05-01\n  suspends: [CHN-TEST-9]\n  destinations: \"*\"\n  sources: [test]\n");

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 9);

        Expect.Names(d, "suspends unknown measure 'CHN-TEST-9'", "expected an id from controls.yaml");
    }

    [Fact]
    public void A_mapping_instead_of_a_sequence_is_an_error()
    {
        _data.Write(Controls, "id: CHN-TEST-1\nissuer: CHN\n");

        var d = Expect.Error(_data.Load(), _data.PathOf(Controls), 1, 1);

        Expect.Names(d, "expected a YAML sequence of measures");
    }

    [Fact]
    public void A_misspelt_field_is_a_warning_naming_it()
    {
        // Regression: unknown keys were ignored, so a typo in an optional date silently changed the measure.
        _data.Write(Controls, File(extra: ["  suspended_from: 2025-06-01", "  suspended_untill: 2025-07-01"]));

        var result = _data.Load();

        var d = Expect.Warning(result, _data.PathOf(Controls), 10, 3);
        Expect.Names(d, "unknown field 'suspended_untill'");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void An_empty_registry_is_valid()
    {
        _data.Write(Controls, "[]\n");

        Expect.Clean(_data.Load());
    }

    [Fact]
    public void Every_bad_measure_is_reported()
    {
        _data.Write(Controls, File(kind: "embargo") + File(effective: "2025-02-01").Replace("CHN-TEST-1", "CHN-TEST-2", StringComparison.Ordinal));

        var result = _data.Load();

        Expect.Error(result, _data.PathOf(Controls), 3, 9);
        Expect.Error(result, _data.PathOf(Controls), 13, 14);
    }

    public void Dispose() => _data.Dispose();
}
