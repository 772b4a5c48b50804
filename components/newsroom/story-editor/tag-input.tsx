"use client";

// Thẻ, with suggestions from the tags the paper already uses as the writer types.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { queryKeys } from "@/lib/query-keys";
import { ListInput } from "./list-input";

export function TagInput({ values, disabled, onChange }: { values: string[]; disabled: boolean; onChange: (tags: string[]) => void }) {
  const t = useTranslations("editor.fields");
  const [query, setQuery] = useState("");
  const suggestions = useQuery({
    queryKey: queryKeys.tagSuggestions(query),
    queryFn: async () => {
      const response = await fetch(`/api/tags?q=${encodeURIComponent(query)}`);
      return response.ok ? ((await response.json()) as string[]) : [];
    },
    enabled: query.trim().length > 0,
    staleTime: 30_000,
  });
  return (
    <ListInput
      id="tags"
      label={t("tags")}
      values={values}
      disabled={disabled}
      onChange={onChange}
      suggestions={suggestions.data ?? []}
      onQuery={setQuery}
      placeholder={t("tagsPlaceholder")}
    />
  );
}
