using System.Text;

namespace CareDirectory.Hsds;

/// <summary>An RFC 4180 CSV file read strictly as UTF-8: a header and rows, each row with the line it starts on.</summary>
public sealed class CsvTable
{
    public required string File { get; init; }

    public required IReadOnlyList<string> Header { get; init; }

    public required IReadOnlyList<(long Line, string[] Cells)> Rows { get; init; }

    /// <summary>Reads a CSV file; throws <see cref="CsvFormatException"/> naming the line for invalid UTF-8 or an unterminated quote.</summary>
    public static CsvTable Read(string path)
    {
        var name = Path.GetFileName(path);
        var bytes = System.IO.File.ReadAllBytes(path);
        string text;
        try
        {
            text = HsdsInput.StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new CsvFormatException(name, CountLines(bytes, e.Index), "not valid UTF-8 (HSDS files must be UTF-8)");
        }

        var records = Parse(text.TrimStart('\uFEFF'), name);
        return records.Count == 0
            ? new CsvTable { File = name, Header = [], Rows = [] }
            : new CsvTable { File = name, Header = records[0].Cells, Rows = records.Skip(1).ToList() };
    }

    private static List<(long Line, string[] Cells)> Parse(string text, string name)
    {
        var rows = new List<(long, string[])>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        long line = 1, rowLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRow();
                line++;
                rowLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new CsvFormatException(name, rowLine, "a quoted field is not closed");
        }

        EndRow();
        return rows;

        void EndRow()
        {
            if (cells.Count > 0 || cell.Length > 0)
            {
                cells.Add(cell.ToString());
                rows.Add((rowLine, cells.ToArray()));
            }

            cells.Clear();
            cell.Clear();
        }
    }

    private static long CountLines(byte[] bytes, int upTo) => 1 + bytes.AsSpan(0, Math.Clamp(upTo, 0, bytes.Length)).Count((byte)'\n');
}
