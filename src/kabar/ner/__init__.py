"""Named entities in Kyrgyz news: find people, places and organisations, group them per actor.

Why our own: no library recognises Kyrgyz names. Names carry case endings
(``Токаевдин``, ``АКШнын``), roles stand before them (``АКШнын жаңы элчиси``),
and capitals also open every sentence. The recogniser is rules over tokens: a
gazetteer from the knowledge base (``kabar.kb``), word lists and suffix tables kept
as data under ``lang/ky/`` (first names, roles, organisation and place head nouns,
name shapes, words that are never names), and the phonology of Kyrgyz endings.
"""
