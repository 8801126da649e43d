using Chokepoint.Application.Tables;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Report;

/// <summary>
/// The whole report as one object, built by the same handlers as the commands: the headline analyses and every section.
/// The CLI prints its tables, the report renderer writes it as HTML with plots, the web overview shows it.
/// </summary>
/// <param name="StressTest">Null when the dataset lacks the replay scenario.</param>
/// <param name="WhatHelps">Null when the dataset lacks the replay scenario or the target's demand.</param>
public sealed record ComposedReport(HeadlineReport Headline, IReadOnlyList<Table> HeadlineTables, StressTestSection? StressTest, WhatHelpsSection? WhatHelps, LeverageSection Leverage)
{
    /// <summary>The terminal summary, in reading order: exposure, chokepoints, the sections' tables, the measure counts.</summary>
    public IReadOnlyList<Table> Tables
    {
        get
        {
            var tables = HeadlineTables.ToList();
            var extra = new List<Table>();
            if (StressTest is not null) extra.Add(StressTest.Table);
            if (WhatHelps is not null) extra.AddRange(WhatHelps.Tables);
            extra.AddRange(Leverage.Tables());
            tables.InsertRange(Math.Min(3, tables.Count), extra);
            return tables;
        }
    }

    /// <summary>The contract, with the path of the HTML written (null when none).</summary>
    public ReportJson Json(string? index) => ReportHandler.Json(this, index);
}
