using Chokepoint.Web.Hosting;

namespace Chokepoint.Web;

/// <summary>Runs the web workspace alone (the CLI's 'serve' command is the usual way in).</summary>
public static class Program
{
    /// <summary>Starts the app; exit 1 when the binding is refused or cannot be made, 2 when the dataset or workspace cannot be used.</summary>
    public static int Main(string[] args)
    {
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = WebApp.Create(args);
        }
        catch (WebStartException ex)
        {
            Console.Error.WriteLine($"Error: {ex.Message}");
            return ex.InvalidData ? 2 : 1;
        }
        try
        {
            WebApp.StartCheckedAsync(app).GetAwaiter().GetResult();
        }
        catch (WebStartException ex)
        {
            Console.Error.WriteLine($"Error: {ex.Message}");
            return 1;
        }
        app.WaitForShutdown();
        return 0;
    }
}
