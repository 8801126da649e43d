using Chokepoint.Application.Tables;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Simulation.Mitigation;
using Chokepoint.Simulation.Optimization;

namespace Chokepoint.Application.Report;

/// <summary>The report's "What helps": mitigate and tts on the replay scenario for one target, their tables and contract.</summary>
public sealed record WhatHelpsSection(Scenario Scenario, string Name, string Target, int Runs, MitigationResult Mitigation, IReadOnlyList<TtsRow> Tts,
    IReadOnlyList<Table> Tables, MitigationJson Json);
