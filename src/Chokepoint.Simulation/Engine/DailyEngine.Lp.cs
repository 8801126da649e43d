namespace Chokepoint.Simulation.Engine;

/// <summary>What the linear programme of time-to-survive needs from a run: the share of each restriction group's flow let through, day by day.</summary>
public sealed partial class DailyEngine
{
    /// <summary>
    /// Cumulative pass of every restriction group under <paramref name="parameters"/>: element [g × (h + 1) + t] is the sum over
    /// days 0 … t − 1 of the share of group g's flow that arrives (transit lags included), so a flow of f a day delivers at most
    /// f × that over the first t days.
    /// </summary>
    public double[] CumulativeGroupPass(RunParameters parameters)
    {
        parameters.Validate();
        Reset(parameters);
        var h = _n.HorizonDays;
        var groups = _groupPass.Length;
        var result = new double[groups * (h + 1)];
        for (var t = 0; t < h; t++)
        {
            UpdateGroupPass(t);
            for (var g = 0; g < groups; g++) result[(g * (h + 1)) + t + 1] = result[(g * (h + 1)) + t] + _groupPass[g];
        }
        return result;
    }
}
