using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace CareDirectory.Tests.GraphQL.Fuzzing;

/// <summary>
/// Random GraphQL documents over a real schema: selections of its fields (mostly real, sometimes unknown),
/// arguments of the right and of wrong types, extreme numbers, odd strings, aliases, @skip/@include, named and
/// inline fragments (sometimes on the wrong type), and variables whose JSON values often do not fit their types.
/// Deterministic for a seed, so a failure names the seed that reproduces it.
/// </summary>
internal sealed class RandomDocuments(ISchema schema, Random random)
{
    private static readonly string[] _strings = ["", "NJ", "bergen", "34003", "07601", "crisis", "%", "_", "\\", "'\"", "\t\n", "\u0000", "ü€😀", "9999-12-31T23:59:59Z", "0001-01-01", "UGFydG5lcjo=", "cd:2147483647", new string('x', 5000)];
    private static readonly long[] _numbers = [0, 1, -1, 5, 50, 51, 100, int.MaxValue, int.MinValue, (long)int.MaxValue + 1, long.MaxValue, 1_099_511_627_776];

    private static readonly string[] _plainStrings = ["NJ", "IL", "bergen", "34003", "crisis", "family support", "2026-12-01T00:00:00Z"];

    private static readonly string[] _plainDateTimes = ["2026-01-01T00:00:00Z", "2026-12-06T09:30:00-05:00", "2025-06-15T12:00:00+02:00", "2027-03-01T23:59:59Z"];

    private readonly List<string> _fragments = [];
    private bool _hostile;
    private int _aliases;
    private readonly Dictionary<string, (string Type, JsonNode? Value)> _variables = [];

    public (string Query, JsonObject Variables) Next()
    {
        _fragments.Clear();
        _variables.Clear();
        // Half the documents are well-formed for the schema and mostly run; the other half mix in every kind of mistake.
        _hostile = random.Next(2) == 0;
        var isMutation = Chance(5) && schema.Mutation is not null;
        var root = isMutation ? schema.Mutation! : schema.Query;
        var selection = SelectionSet(root, depth: 0);
        var variables = new JsonObject();
        foreach (var (name, (_, value)) in _variables)
        {
            if (!Chance(8))
            {
                variables[name] = value?.DeepClone();
            }
        }

        var declarations = _variables.Count == 0 ? "" : "(" + string.Join(", ", _variables.Select(v => $"${v.Key}: {v.Value.Type}")) + ")";
        var operation = $"{(isMutation ? "mutation" : "query")} Fuzz{declarations} {selection}";
        return (string.Join("\n", [operation, .. _fragments]), variables);
    }

    private string SelectionSet(IComplexGraphType type, int depth)
    {
        var text = new StringBuilder("{ ");
        var count = 1 + random.Next(depth == 0 ? 3 : 4);
        for (var i = 0; i < count; i++)
        {
            text.Append(Selection(type, depth)).Append(' ');
        }

        return text.Append('}').ToString();
    }

    private string Selection(IComplexGraphType type, int depth)
    {
        switch (random.Next(12))
        {
            case 0 when _fragments.Count < 6:
                var name = $"F{_fragments.Count}";
                var on = Chance(6) ? AnyComplexType() : type;
                _fragments.Add("");
                _fragments[int.Parse(name[1..], CultureInfo.InvariantCulture)] = $"fragment {name} on {on.Name} {SelectionSet(on, depth + 1)}";
                return $"...{name}{Directives()}";
            case 1:
                var inline = Chance(4) ? AnyComplexType() : type;
                return $"... on {inline.Name}{Directives()} {SelectionSet(inline, depth + 1)}";
            case 2:
                return Chance(2) ? "unknownField" + random.Next(3) : "__typename";
            default:
                return Field(type, depth);
        }
    }

    private string Field(IComplexGraphType type, int depth)
    {
        if (type is IAbstractGraphType abstractType && random.Next(2) == 0 && abstractType.PossibleTypes.Count > 0)
        {
            return Member(abstractType, depth);
        }

        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        if (fields.Count == 0)
        {
            return "__typename";
        }

        var field = fields[random.Next(fields.Count)];
        var arguments = Arguments(field);
        // Two unaliased selections of one field with different arguments cannot merge (a validation error): a
        // well-formed document names each selection that takes arguments.
        var alias = random.Next(6) == 0 || (!_hostile && arguments.Length > 0) ? $"a{_aliases++}: " : "";
        var named = Unwrap(field.ResolvedType);
        var tooDeep = depth >= (_hostile ? 5 : 3) || Chance(20);
        var sub = named switch
        {
            IComplexGraphType complex => tooDeep ? "" : " " + SelectionSet(complex, depth + 1),
            // A union (search items, mutation error unions) has no fields of its own: select through a member.
            UnionGraphType union when !tooDeep && union.PossibleTypes.Count > 0 => " { __typename " + Member(union, depth) + " }",
            _ => Chance(30) ? " { oops }" : "",
        };
        if (named is IComplexGraphType or UnionGraphType && sub.Length == 0)
        {
            sub = " { __typename }";
        }

        return $"{alias}{field.Name}{arguments}{Directives()}{sub}";
    }

    /// <summary>An inline fragment on one member of an interface or union, selecting that member's fields.</summary>
    private string Member(IAbstractGraphType type, int depth)
    {
        var member = type.PossibleTypes.ElementAt(random.Next(type.PossibleTypes.Count));
        return $"... on {member.Name} {SelectionSet(member, depth + 1)}";
    }

    private string Arguments(FieldType field)
    {
        var arguments = field.Arguments?.ToList() ?? [];
        // Cursors only come from earlier answers: a well-formed document leaves them out (hostile ones send garbage).
        var chosen = arguments.Where(a => a.ResolvedType is NonNullGraphType || (random.Next(3) == 0 && (_hostile || a.Name is not ("after" or "before")))).ToList();
        if (Chance(15))
        {
            return "(bogus: 1)";
        }

        if (chosen.Count == 0)
        {
            return "";
        }

        return "(" + string.Join(", ", chosen.Select(a => $"{a.Name}: {ArgumentValue(a.ResolvedType)}")) + ")";
    }

    private string ArgumentValue(IGraphType? type)
    {
        if (random.Next(4) == 0)
        {
            var name = $"v{_variables.Count}";
            _variables[name] = (TypeName(type), Json(type, depth: 0));
            return "$" + name;
        }

        return Literal(type, depth: 0);
    }

    private string Literal(IGraphType? type, int depth)
    {
        if (Chance(12))
        {
            return WrongLiteral();
        }

        switch (type)
        {
            case NonNullGraphType nonNull:
                return Literal(nonNull.ResolvedType, depth);
            case ListGraphType list:
                var items = Enumerable.Range(0, random.Next(Chance(10) ? 150 : 4)).Select(_ => Literal(list.ResolvedType, depth + 1));
                return "[" + string.Join(", ", items) + "]";
            case EnumerationGraphType enumeration:
                return Chance(10) ? "NOT_A_VALUE" : enumeration.Values.ElementAt(random.Next(enumeration.Values.Count)).Name;
            case IInputObjectGraphType input when depth < 4:
                var fields = input.Fields.Where(f => f.ResolvedType is NonNullGraphType || random.Next(3) == 0).Take(4);
                return "{ " + string.Join(", ", fields.Select(f => $"{f.Name}: {Literal(f.ResolvedType, depth + 1)}")) + " }";
            case IInputObjectGraphType:
                return "{}";
            case IntGraphType or LongGraphType or FloatGraphType:
                return Number().ToString(CultureInfo.InvariantCulture);
            case BooleanGraphType:
                return random.Next(2) == 0 ? "true" : "false";
            default:
                return Quoted(ScalarText(type));
        }
    }

    private JsonNode? Json(IGraphType? type, int depth)
    {
        switch (_hostile ? random.Next(8) : 8)
        {
            case 0: return null;
            case 1: return JsonValue.Create(_strings[random.Next(_strings.Length)]);
            case 2: return JsonValue.Create(_numbers[random.Next(_numbers.Length)]);
            case 3: return new JsonArray(JsonValue.Create(1), JsonValue.Create("x"));
        }

        return type switch
        {
            NonNullGraphType nonNull => Json(nonNull.ResolvedType, depth),
            ListGraphType list => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => Json(list.ResolvedType, depth + 1))]),
            EnumerationGraphType enumeration => JsonValue.Create(enumeration.Values.ElementAt(random.Next(enumeration.Values.Count)).Name),
            IInputObjectGraphType input when depth < 4 => new JsonObject(input.Fields.Where(_ => random.Next(3) == 0).Take(4)
                .Select(f => KeyValuePair.Create(f.Name, Json(f.ResolvedType, depth + 1)))),
            IntGraphType or LongGraphType or FloatGraphType => JsonValue.Create(Number()),
            BooleanGraphType => JsonValue.Create(random.Next(2) == 0),
            _ => JsonValue.Create(ScalarText(type)),
        };
    }

    private string Directives() => (_hostile ? random.Next(8) : 4 + random.Next(8)) switch
    {
        0 => " @skip(if: true)",
        1 => " @include(if: " + (random.Next(2) == 0 ? "false" : "$dv") + ")" + DeclareDirectiveVariable(),
        2 => " @deprecated",
        3 => " @include(if: \"yes\")",
        _ => "",
    };

    private string DeclareDirectiveVariable()
    {
        _variables.TryAdd("dv", ("Boolean", random.Next(3) == 0 ? JsonValue.Create("nope") : JsonValue.Create(true)));
        return "";
    }

    private bool Chance(int oneIn) => _hostile && random.Next(oneIn) == 0;

    private long Number() => _hostile ? _numbers[random.Next(_numbers.Length)] : 1 + random.Next(10);

    /// <summary>Text for a string-like scalar: well-formed documents send dates where the scalar wants dates, so they run.</summary>
    private string ScalarText(IGraphType? type) => (_hostile, type?.Name) switch
    {
        (false, "DateTime") => _plainDateTimes[random.Next(_plainDateTimes.Length)],
        (false, "Date") => _plainDateTimes[random.Next(_plainDateTimes.Length)][..10],
        _ => Text(),
    };

    private string Text() => _hostile ? _strings[random.Next(_strings.Length)] : _plainStrings[random.Next(_plainStrings.Length)];

    private string WrongLiteral() => random.Next(5) switch
    {
        0 => "null",
        1 => "{ x: 1 }",
        2 => "[1, \"a\", null]",
        3 => "1.5e400",
        _ => Quoted(_strings[random.Next(_strings.Length)]),
    };

    private IComplexGraphType AnyComplexType()
    {
        var types = schema.AllTypes.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType && !t.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        return types[random.Next(types.Count)];
    }

    private static string TypeName(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => TypeName(nonNull.ResolvedType) + "!",
        ListGraphType list => "[" + TypeName(list.ResolvedType) + "]",
        null => "String", // a wrapper GraphQL.NET left unresolved; a wrong type is as good a test as any
        _ => type.Name,
    };

    private static IGraphType? Unwrap(IGraphType? type)
    {
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type;
    }

    private static string Quoted(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
