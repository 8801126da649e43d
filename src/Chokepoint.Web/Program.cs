using Chokepoint.Web.Hosting;

namespace Chokepoint.Web;

/// <summary>Runs the web workspace alone (the CLI's 'serve' command is the usual way in).</summary>
public static class Program
{
    /// <summary>Starts the app; exit 1 when the binding is refused or the dataset/workspace cannot be used.</summary>
    public static int Main(string[] args)
    {
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = WebApp.Create(args);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"Error: {ex.Message}");
            return 1;
        }
        app.Run();
        return 0;
    }
}
