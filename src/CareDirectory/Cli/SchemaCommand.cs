using System.CommandLine;
using CareDirectory.GraphQL;
using GraphQL.Types;

namespace CareDirectory.Cli;

public static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "Where to write the SDL.", DefaultValueFactory = _ => SchemaDocument.DefaultPath };
        var export = new Command("export", "Write the GraphQL schema (SDL with descriptions) to schema/schema.graphql.") { output };
        export.SetHostedAction(async (parse, services, token) =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, SchemaDocument.Print(services.GetRequiredService<ISchema>()), token);
            Console.WriteLine($"Wrote {path}");
            return ExitCodes.Ok;
        });
        return new Command("schema", "GraphQL schema tools.") { export };
    }
}
