namespace Chokepoint.Application.Charts;

/// <summary>The marker drawn at each point of a series.</summary>
public enum PointMarker
{
    /// <summary>No marker.</summary>
    None,

    /// <summary>A filled circle.</summary>
    Circle,

    /// <summary>An open circle.</summary>
    OpenCircle,

    /// <summary>A filled square.</summary>
    Square,

    /// <summary>A filled diamond.</summary>
    Diamond,

    /// <summary>A filled triangle pointing up.</summary>
    Triangle,
}
