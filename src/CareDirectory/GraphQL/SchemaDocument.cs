using CareDirectory.GraphQL.Introspection;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace CareDirectory.GraphQL;

/// <summary>The schema as SDL with descriptions: what <c>schema export</c> writes to schema/schema.graphql.</summary>
public static class SchemaDocument
{
    public const string DefaultPath = "schema/schema.graphql";

    public static string Print(ISchema schema)
    {
        schema.Initialize();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
        return (printed.TrimEnd() + "\n\n" + DeprecatedDefinition(schema)).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    /// <summary>
    /// Printers leave the built-in <c>@deprecated</c> out, so readers assume their library's. graphql-js 16.10+ has
    /// added <c>DIRECTIVE_DEFINITION</c> to it (from the working draft), which GraphQL.NET 8 cannot serve: the file
    /// states the locations the server introspects.
    /// </summary>
    private static string DeprecatedDefinition(ISchema schema)
    {
        var definition = new GraphQLDocument([new DirectiveDefinitionExporter(schema).Export(schema.Directives.Deprecated)]);
        return new SDLPrinter(new SDLPrinterOptions { PrintComments = false }).Print(definition);
    }
}
