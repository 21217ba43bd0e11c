using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace CareDirectory.GraphQL;

/// <summary>The schema as SDL with descriptions: what <c>schema export</c> writes to schema/schema.graphql.</summary>
public static class SchemaDocument
{
    public const string DefaultPath = "schema/schema.graphql";

    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
