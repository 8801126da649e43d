using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Data;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Tests;

/// <summary>
/// The measures an issuer has in force never cut more than the issuer's full cut-off of every export at every tier
/// (issue 17, found in review: US-made artillery shells read 48.1% at risk under China's measures in force but 41.2%
/// under its full cut-off, because a third country's re-exports were cut by clause (b) and again through its inputs).
/// </summary>
public sealed class InForceWithinCutOffTests
{
    private static readonly Lazy<Dataset> Data = new(() => DatasetLoader.LoadDefault().Dataset
        ?? throw new InvalidOperationException("default dataset has errors"));

    [Theory]
    [InlineData("2024-06-01")]
    [InlineData("2025-06-01")]
    [InlineData("2025-10-20")]
    [InlineData("2025-12-01")]
    [InlineData("2026-12-05")]
    public void Chinas_measures_in_force_lose_no_more_than_its_full_cut_off(string date)
    {
        var d = Data.Value;
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var chinese = d.Tables.Controls.Where(m => m.Issuer == "CHN" || m.Kind == MeasureKind.Suspension).ToList();
        var cutOff = new ExposureAnalysis(d, Blockade.From("CHN", null, d));
        var views = new[]
        {
            new ExposureAnalysis(d, Blockade.AsOf(d, on, null, chinese)),
            new ExposureAnalysis(d, Blockade.AsOf(d, on, null, chinese, ReviewBranch.IfRecordedEnd)),
        };
        var countries = d.Tables.Demand.Select(r => r.Country).Distinct().Where(c => c != "CHN").ToList();
        var worse = new List<string>();
        foreach (var item in d.Tables.Items.Where(i => d.InputsOf(i.Id).Count > 0).Select(i => i.Id))
            foreach (var country in countries)
                foreach (var view in views)
                {
                    var bought = view.OutputAtRisk(item, country) - cutOff.OutputAtRisk(item, country);
                    var made = view.MadeInAtRisk(item, country) - cutOff.MadeInAtRisk(item, country);
                    if (bought > 1e-9) worse.Add($"{item} bought by {country}: +{bought:P2}");
                    if (made > 1e-9) worse.Add($"{item} made in {country}: +{made:P2}");
                }
        Assert.True(worse.Count == 0, string.Join("\n", worse.Distinct().Take(40)));
    }
}
