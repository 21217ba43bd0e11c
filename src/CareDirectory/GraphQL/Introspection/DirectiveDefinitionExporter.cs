using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Introspection;

/// <summary>Exports one directive's definition, so the schema file can state a built-in one that printers leave out.</summary>
public sealed class DirectiveDefinitionExporter(ISchema schema) : SchemaExporter(schema)
{
    public GraphQLDirectiveDefinition Export(Directive directive) => ExportDirectiveDefinition(directive);
}
