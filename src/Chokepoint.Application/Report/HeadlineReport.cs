using Chokepoint.Analysis.Concentration;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Application.Report;

/// <summary>Exposure of products made in one place to China under one view (0–1 output at risk), with the binding input.</summary>
public sealed record ProductExposure(string Product, string Target, string View, double OutputAtRisk, string BindingInput)
{
    /// <summary>
    /// After the registry's review date, on the first view (today) and where it changes the answer: the output at risk if
    /// the recorded end dates hold (suspensions lapse); <see cref="OutputAtRisk"/> is then the figure if they were extended.
    /// Null otherwise (issue 18 §5).
    /// </summary>
    public double? IfRecordedEnd { get; init; }

    /// <summary>Mark of the bracketed figure of <see cref="Shown"/>: the output at risk if the recorded end dates hold.</summary>
    public const string RecordedEndMark = "‡";

    /// <summary>What <see cref="RecordedEndMark"/> means, for the note under a table that shows it.</summary>
    public const string RecordedEndNote = RecordedEndMark + " After the registry's review date both readings are shown: the first figure if the suspensions were extended, the one in brackets if the recorded end dates hold (the suspensions lapse and the measures they covered apply again).";

    /// <summary>The figure as shown in tables: the output at risk, and after the review date both branches, "5.0% (17.1%‡)".</summary>
    public string Shown(Func<double, string> pct)
    {
        ArgumentNullException.ThrowIfNull(pct);
        return IfRecordedEnd is { } r ? $"{pct(OutputAtRisk)} ({pct(r)}{RecordedEndMark})" : pct(OutputAtRisk);
    }
}

/// <summary>China's share of one item (latest year) with its source, confidence and what it measures.</summary>
/// <param name="Basis">What the share measures (<see cref="Names.ShareBases"/>), as <see cref="ProductionShare.Basis"/>.</param>
/// <param name="IsProxy">True when the share stands in for production (<see cref="ProductionShare.IsProxy"/>).</param>
public sealed record ItemShare(string Item, string Kind, string Industry, int Year, double SharePct, string Source, Confidence Confidence, string Basis, bool IsProxy);

/// <summary>The headline analyses of the default dataset: the content of <c>chokepoint report</c>.</summary>
public sealed record HeadlineReport(
    DateOnly Today,
    DateOnly Comparison,
    string Issuer,
    IReadOnlyList<ChokepointRow> ChokepointsUsa,
    IReadOnlyList<ChokepointRow> ChokepointsEu,
    IReadOnlyList<ItemShare> IssuerShares,
    IReadOnlyList<MeasureOnDate> Timeline,
    IReadOnlyList<ProductExposure> Exposures,
    IReadOnlyList<ControlMeasure> LapsedSuspensions)
{
    /// <summary>The plain statement about measures whose status after the registry's review date is unverified; null when none.</summary>
    public string? ReviewNote { get; init; }

    /// <summary>Products without a recipe: their exposure cannot be computed and they are left out of the exposure views.</summary>
    public static IReadOnlyList<string> ProductsWithoutRecipe(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Tables.Items.Where(i => i.Kind == ItemKind.Product && dataset.InputsOf(i.Id).Count == 0).Select(i => i.Id).ToList();
    }

    /// <summary>The product made in <paramref name="target"/> with the most output at risk today (if the suspensions were extended); null when none.</summary>
    public ProductExposure? MostExposed(string target) => Now(target).OrderByDescending(e => e.OutputAtRisk).FirstOrDefault();

    /// <summary>
    /// After the review date, when the recorded end dates change some product's figure today: the most exposed product if
    /// they hold. A product whose figure they do not change competes with its one figure. Null when no figure changes.
    /// </summary>
    public (string Product, double OutputAtRisk)? MostExposedIfRecordedEnd(string target)
    {
        var today = Now(target).ToList();
        if (!today.Any(e => e.IfRecordedEnd is not null)) return null;
        var worst = today.OrderByDescending(e => e.IfRecordedEnd ?? e.OutputAtRisk).First();
        return (worst.Product, worst.IfRecordedEnd ?? worst.OutputAtRisk);
    }

    private IEnumerable<ProductExposure> Now(string target)
    {
        var view = Views(Today, Comparison)[0];
        return Exposures.Where(e => e.Target == target && e.View == view);
    }

    /// <summary>Views of the exposure table: measures in force today, on the comparison date, and a full hypothetical cut-off.</summary>
    public static IReadOnlyList<string> Views(DateOnly today, DateOnly comparison) =>
        [$"in force {today:yyyy-MM-dd}", $"in force {comparison:yyyy-MM-dd}", "full cut-off"];

    /// <summary>Runs the headline analyses. <paramref name="comparison"/> is the second as-of date (default 2025-10-10, the height of the October 2025 package).</summary>
    public static HeadlineReport Build(Dataset dataset, DateOnly today, DateOnly? comparison = null, string issuer = "CHN")
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var cmp = comparison ?? new DateOnly(2025, 10, 10);
        var eu = dataset.MembersOf("EU");
        var chokeUsa = ChokepointRanking.Rank(dataset, issuer, ["USA"], today);
        var chokeEu = eu.Count > 0 ? ChokepointRanking.Rank(dataset, issuer, eu, today) : [];
        var shares = new List<ItemShare>();
        foreach (var item in dataset.Tables.Items)
        {
            if (item.Kind is ItemKind.Technology or ItemKind.Equipment) continue;
            var row = dataset.SharesOf(item.Id).FirstOrDefault(s => s.Country == issuer);
            if (row is not null)
                shares.Add(new ItemShare(item.Id, Names.Of(item.Kind), item.Industry, row.Year, row.SharePct, row.Source, row.Confidence, row.Basis, row.IsProxy));
        }
        var timeline = ControlQuery.Run(dataset, new ControlFilter { AsOf = today });
        return new HeadlineReport(today, cmp, issuer, chokeUsa, chokeEu,
            shares.OrderByDescending(s => s.SharePct).ToList(), timeline, ComputeExposures(dataset, issuer, today, cmp, eu), Analysis.Controls.LapsedSuspensions.Before(dataset, today))
        {
            ReviewNote = ReviewNotice.Line(dataset, today),
        };
    }

    private static List<ProductExposure> ComputeExposures(Dataset dataset, string issuer, DateOnly today, DateOnly cmp, IReadOnlyList<string> eu)
    {
        var issuerMeasures = dataset.Tables.Controls.Where(m => m.Issuer == issuer || m.Kind == MeasureKind.Suspension).ToList();
        var views = Views(today, cmp);
        // One analysis per view: its memo holds for every product and target under that blockade.
        var analyses = new[]
        {
            new ExposureAnalysis(dataset, Blockade.AsOf(dataset, today, null, issuerMeasures)),
            new ExposureAnalysis(dataset, Blockade.AsOf(dataset, cmp, null, issuerMeasures)),
            new ExposureAnalysis(dataset, Blockade.From(issuer, null, dataset)),
        };
        // After the review date, the view of today is also computed as if the recorded end dates hold (issue 18 §5).
        var recordedEnd = ReviewNotice.Unverified(dataset, today).Count > 0
            ? new ExposureAnalysis(dataset, Blockade.AsOf(dataset, today, null, issuerMeasures, ReviewBranch.IfRecordedEnd)) : null;
        var targets = new List<(string Label, IReadOnlyList<string> Members)> { ("USA", ["USA"]) };
        if (eu.Count > 0) targets.Add(("EU", eu));
        var result = new List<ProductExposure>();
        foreach (var product in dataset.Tables.Items.Where(i => i.Kind == ItemKind.Product && dataset.InputsOf(i.Id).Count > 0))
            foreach (var (label, members) in targets)
                for (var v = 0; v < analyses.Length; v++)
                {
                    // A product production.csv says no member makes (e.g. servers assembled only in China) is left out.
                    if (!members.Any(m => ConcentrationAnalysis.MayMake(dataset, product.Id, m))) continue;
                    var analysis = analyses[v];
                    // For a group the worst member is kept: at least one member loses this much.
                    var worst = members.Select(m => (Member: m, Risk: analysis.MadeInAtRisk(product.Id, m)))
                        .OrderByDescending(x => x.Risk).ThenBy(x => x.Member, StringComparer.Ordinal).First();
                    var path = analysis.ProducerLimitingPath(product.Id, worst.Member);
                    var branch = v == 0 && recordedEnd is not null ? members.Max(m => recordedEnd.MadeInAtRisk(product.Id, m)) : (double?)null;
                    result.Add(new ProductExposure(product.Id, label, views[v], worst.Risk, worst.Risk > 1e-9 && path.Count > 1 ? path[^1] : "")
                    {
                        IfRecordedEnd = branch is { } b && Math.Abs(b - worst.Risk) > 1e-9 ? b : null,
                    });
                }
        return result;
    }
}
