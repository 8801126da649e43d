using System.Text.Json;
using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>
/// Issue 22 "Done when": the shipped working-day calendar reproduces the 45-working-day deadline for applications filed
/// across Chinese New Year and National Day. Each expected date was counted by hand on the State Council's notices.
/// </summary>
public sealed class LicenceCliTests
{
    private static JsonElement Add(string db, string filed, string stockDays = "60")
    {
        var (exit, stdout, stderr) = InProcess.Cli("licences", "add", "--item", "ndfeb-magnet-dy", "--destination", "DEU", "--filed", filed, "--stock-days", stockDays, "--db", db, "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement[0].Clone();
    }

    [Theory]
    // Before CNY 2025: 01-21..24 (4), Sun 01-26 (5), 01-27 (6), holiday 01-28..02-04, 02-05..07 (9), Sat 02-08 (10), five weeks to 03-14 (35), 03-17..21 (40), 03-24..28 (45).
    [InlineData("2025-01-20", "2025-03-28")]
    // Before National Day 2025: Sun 09-28, 09-29, 09-30 (3), holiday 10-01..08, 10-09, 10-10, Sat 10-11 (6), seven weeks to 11-28 (41), 12-01..04 (45).
    [InlineData("2025-09-26", "2025-12-04")]
    // Before CNY 2026: 02-11..13 (3), Sat 02-14 (4), holiday 02-15..23, 02-24..27 (8), Sat 02-28 (9), five weeks to 04-03 (34), Qingming 04-04..06, 04-07..10 (38), 04-13..17 (43), 04-20, 04-21 (45).
    [InlineData("2026-02-10", "2026-04-21")]
    // Before National Day 2024: Sun 09-29, 09-30 (2), holiday 10-01..07, 10-08..11 (6), Sat 10-12 (7), seven weeks to 11-29 (42), 12-02..04 (45).
    [InlineData("2024-09-27", "2024-12-04")]
    public void Decision_is_due_45_working_days_after_filing(string filed, string due)
    {
        using var dir = new TempDir();
        var row = Add(Path.Combine(dir.Path, "w.db"), filed);
        Assert.Equal(due, row.GetProperty("decision_due").GetString());
        Assert.Equal(45, row.GetProperty("working_days").GetInt32());
    }

    [Fact]
    public void An_open_application_whose_decision_comes_after_the_stock_ends_is_at_risk_and_a_decided_one_is_not()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "w.db");
        var row = Add(db, "2025-09-26", "60");
        Assert.Equal("2025-11-25", row.GetProperty("stock_ends").GetString());
        Assert.True(row.GetProperty("at_risk").GetBoolean());
        Assert.Equal(0, InProcess.Cli("licences", "update", "1", "--status", "approved", "--db", db).Exit);
        var (exit, stdout, _) = InProcess.Cli("licences", "list", "--db", db, "--format", "json");
        Assert.Equal(0, exit);
        var listed = JsonDocument.Parse(stdout).RootElement[0];
        Assert.Equal("approved", listed.GetProperty("status").GetString());
        Assert.False(listed.GetProperty("at_risk").GetBoolean());
        Assert.Equal(1, listed.GetProperty("id").GetInt64());
        Assert.Equal("2025-09-26", listed.GetProperty("filed").GetString());
    }

    [Fact]
    public void A_filing_date_past_the_calendar_gives_no_due_date_and_says_why()
    {
        using var dir = new TempDir();
        var row = Add(Path.Combine(dir.Path, "w.db"), "2026-12-01");
        Assert.Equal(JsonValueKind.Null, row.GetProperty("decision_due").ValueKind);
        Assert.Contains("2023–2026", row.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_status_and_unknown_id_are_refused()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "w.db");
        Add(db, "2025-09-26");
        Assert.Equal(1, InProcess.Cli("licences", "update", "1", "--status", "maybe", "--db", db).Exit);
        Assert.Equal(1, InProcess.Cli("licences", "update", "9", "--status", "denied", "--db", db).Exit);
    }
}
