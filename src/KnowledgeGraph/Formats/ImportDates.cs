namespace KnowledgeGraph.Formats
{
    /// <summary>Reads the dates foreign formats carry (<c>2023</c>, <c>2023-02</c>, <c>2023-02-24</c>, <c>2023-02-24T10:00:00</c>) as partial dates.</summary>
    internal static class ImportDates
    {
        /// <summary>Parses a date of year, month or day precision, ignoring a time part.</summary>
        public static bool TryParse(string? text, out PartialDate date)
        {
            date = default;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            string t = text!.Trim();
            int cut = t.IndexOf('T');
            if (cut > 0)
            {
                t = t.Substring(0, cut);
            }

            return PartialDate.TryParse(t, out date);
        }
    }
}
