using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Common;

/// <summary>A record's text in another language.</summary>
public sealed class TranslationType : ObjectGraphType<Translation>
{
    public TranslationType()
    {
        Name = "Translation";
        Description = "A record's name and description in another language (English is the record's own text).";
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language tag, e.g. `es`.").Resolve(c => c.Source.Language);
        Field<StringGraphType>("name").Description("Translated name or title.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("Translated description.").Resolve(c => c.Source.Description);
        Field<StringGraphType>("url").Description("Page in that language.").Resolve(c => c.Source.Url);
    }
}
