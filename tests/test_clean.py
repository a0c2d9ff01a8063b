"""The clean stage: what a scraper delivers becomes what a reader reads."""

from __future__ import annotations

from kabar.stages.clean import clean_text, normalize


def test_share_button_line_is_removed_and_reported() -> None:
    text, warnings = clean_text("Бишкекте жаңы мектеп ачылды.\nШерине\n")
    assert text == "Бишкекте жаңы мектеп ачылды."
    assert any("Шерине" in w for w in warnings)


def test_view_counter_and_read_more_lines_are_removed() -> None:
    raw = "Шайлоо жекшембиде өтөт.\nОкуңуз: Шайлоо комиссиясы жаңы эрежени бекитти\nКөрүүлөр: 1 254\nКомментарий (3)"
    text, warnings = clean_text(raw)
    assert text == "Шайлоо жекшембиде өтөт."
    assert len(warnings) == 3


def test_sentence_that_starts_like_residue_is_kept() -> None:
    raw = "Окуучулар жаңы китептерди окуп, мугалимдер менен бөлүшүү жөнүндө сүйлөштү."
    assert clean_text(raw)[0] == raw


def test_latin_lookalikes_inside_cyrillic_words_become_cyrillic() -> None:
    # "Кaзакстан" typed with a Latin "a", "Тoкаев" with a Latin "o"
    assert normalize("Кaзакстан менен Тoкаев") == "Казакстан менен Токаев"


def test_latin_name_with_kyrgyz_suffix_is_left_alone() -> None:
    assert normalize("G20нын жана Telegram’га") == "G20нын жана Telegram’га"


def test_a_latin_abbreviation_keeps_its_kyrgyz_ending_of_lookalike_letters() -> None:
    # к, е, о, а, р all have Latin twins; the ending is Kyrgyz all the same
    assert normalize("IWFке жана UNDPга, OSCEго") == "IWFке жана UNDPга, OSCEго"


def test_cyrillic_lookalikes_inside_latin_words_become_latin() -> None:
    assert normalize("Fасеbook") == "Facebook"


def test_typographic_quotes_and_dashes_are_unified_one_to_one() -> None:
    raw = "«Биз келебиз», — деди ал."
    out = normalize(raw)
    assert out == '"Биз келебиз", - деди ал.'
    assert len(out) == len(raw)


def test_blank_lines_and_runs_of_spaces_collapse() -> None:
    text, _ = clean_text("Биринчи   сүйлөм.\n\n\n  Экинчи сүйлөм.  \n")
    assert text == "Биринчи сүйлөм.\nЭкинчи сүйлөм."


def test_invisible_characters_are_dropped() -> None:
    assert normalize("Бишке\u00adкте\u200b") == "Бишкекте"


def test_share_row_with_network_names_is_removed() -> None:
    text, _ = clean_text("Курулуш күзгө чейин бүтөт.\nБөлүшүү: WhatsApp | Telegram | VK")
    assert text == "Курулуш күзгө чейин бүтөт."


def test_byline_with_date_and_view_counter_is_removed() -> None:
    text, _ = clean_text("Мектеп ачылды.\nКоом бөлүмү | 14.03.2026 | Көрүүлөр: 987")
    assert text == "Мектеп ачылды."


def test_invitation_to_the_sites_channel_is_removed() -> None:
    text, _ = clean_text("Мектеп ачылды.\nБардык жаңылыктарды WhatsApp тобубуздан окуңуз")
    assert text == "Мектеп ачылды."


def test_article_sentence_mentioning_a_channel_is_kept() -> None:
    line = "Министрлик Telegram каналында жаңы эрежелерди жарыялап, жарандарды аларды окуп чыгууга чакырды."
    assert clean_text(line)[0] == line


def test_related_stories_heading_and_subscribe_prompt_are_removed() -> None:
    raw = "Жол оңдолду.\nТектеш жаңылыктар\nБиздин YouTube каналга жазылыңыз!\nТегдер: жол, курулуш"
    text, warnings = clean_text(raw)
    assert text == "Жол оңдолду."
    assert len(warnings) == 3


def test_copyright_and_reuse_notice_are_removed() -> None:
    raw = "Жол оңдолду.\n© 2026 Биздин сайт. Бардык укуктар корголгон.\nМатериалды колдонууда шилтеме милдеттүү."
    assert clean_text(raw)[0] == "Жол оңдолду."


def test_line_without_letters_is_residue_but_a_short_sentence_is_not() -> None:
    text, _ = clean_text("Жол оңдолду.\n👁 3 120\nБаары макул.")
    assert text == "Жол оңдолду.\nБаары макул."


def test_section_label_with_date_is_removed_but_a_sentence_about_sport_stays() -> None:
    raw = "Саясат | 02.11.2026\nСпорт жаштар арасында популярдуу болуп баратат."
    assert clean_text(raw)[0] == "Спорт жаштар арасында популярдуу болуп баратат."


def test_subscribe_prompts_with_networks_or_an_address_and_related_links_are_removed() -> None:
    text = (
        "Көпүрө ачылды\n\nЖаңы көпүрө Нарында ачылды.\n"
        "Жазылыңыз: Telegram | YouTube\n"
        "Тектеш: Нарында жол оңдолду\n"
        "Барагыбызга кошулуңуз - t.me/jangy_kabar"
    )
    assert clean_text(text)[0] == "Көпүрө ачылды\nЖаңы көпүрө Нарында ачылды."


def test_a_sentence_about_a_related_case_is_kept() -> None:
    text = "Тектеш иштер боюнча сот кийинки айда чечим чыгарат."
    assert clean_text(text)[0] == text


def test_a_comment_counter_with_a_colon_is_removed() -> None:
    text, _ = clean_text("Мугалимдер иш таштады.\nКомментарийлер: 3")
    assert text == "Мугалимдер иш таштады."


def test_share_buttons_one_to_a_line_and_a_share_prompt_with_networks_are_removed() -> None:
    raw = (
        "Министр жаңы мектепке барды.\nБөлүшүү:\nTelegram\nFacebook\n"
        "Досторуңуз менен бөлүшүңүз: WhatsApp | Telegram"
    )
    assert clean_text(raw)[0] == "Министр жаңы мектепке барды."


def test_a_sentence_naming_telegram_is_kept() -> None:
    raw = "Министрлик Telegram каналын жапты."
    assert clean_text(raw)[0] == raw
