var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
await app.RunAsync();

/// <summary>Entry point, public so integration tests can host the application.</summary>
public partial class Program;
