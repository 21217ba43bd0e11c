using GraphQL.Introspection;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Introspection;

/// <summary>
/// Introspection as the current spec has it. GraphQL.NET's default filter hides <c>__Directive.isRepeatable</c>
/// even when the feature is on, and every directive usable only in the type system (<c>@deprecated</c>,
/// <c>@specifiedBy</c>, <c>@oneOf</c>), which <c>__Schema.directives</c> must list. Only the experimental
/// <c>appliedDirectives</c> (not in any spec) stays hidden.
/// </summary>
public sealed class SpecIntrospectionFilter : DefaultSchemaFilter
{
    public override Task<bool> AllowField(IGraphType parent, IFieldType field) =>
        parent.Name.StartsWith("__", StringComparison.Ordinal) && field.Name == "appliedDirectives" ? Forbidden : Allowed;

    public override Task<bool> AllowDirective(Directive directive) => Allowed;
}
