using Chokepoint.Application.Inputs;
using Chokepoint.Model;

namespace Chokepoint.Web.Hosting;

/// <summary>The dataset the app serves, read and validated once at start; immutable, shared by every request.</summary>
public sealed class DatasetHolder
{
    /// <summary>Reads the dataset chosen by <paramref name="options"/>.</summary>
    /// <exception cref="InvalidOperationException">A folder does not exist or the dataset has errors (the message says which).</exception>
    public DatasetHolder(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            Dataset = new DatasetChoice(options.Data, options.With).Load(out _);
        }
        catch (RequestException ex)
        {
            throw new InvalidOperationException(ex.Message, ex);
        }
    }

    /// <summary>The validated dataset.</summary>
    public Dataset Dataset { get; }
}
