"""The page checker must itself catch what it claims to catch."""

from core.testing import check_page

GOOD = """<!DOCTYPE html><html lang="pl"><head><title>Plan – S</title></head><body>
<h1>Plan</h1><form method="post" action="/x"><label for="a">A</label><input id="a" name="a">
<label>B <select name="b"></select></label></form>
<table><tr><th scope="col">X</th></tr></table></body></html>"""


def test_a_good_page_passes():
    assert check_page(GOOD) == []


def test_two_h1_are_reported():
    assert any("<h1>" in p for p in check_page(GOOD.replace("</h1>", "</h1><h1>Drugi</h1>")))


def test_duplicate_ids_are_reported():
    page = GOOD.replace("<table>", '<p id="a">x</p><table>')
    assert any("duplicate ids" in p for p in check_page(page))


def test_form_without_action_is_reported():
    page = GOOD.replace(' action="/x"', "")
    assert any("without action" in p for p in check_page(page))


def test_unlabelled_input_is_reported():
    page = GOOD.replace('<label for="a">A</label>', "")
    assert any("unlabelled" in p for p in check_page(page))


def test_table_without_headers_is_reported():
    page = GOOD.replace('<th scope="col">X</th>', "<td>X</td>")
    assert any("header" in p for p in check_page(page))


def test_broken_html_is_reported():
    assert check_page(GOOD.replace("</form>", "</div></form>"))


def test_title_must_start_with_the_h1():
    assert any("<title>" in p for p in check_page(GOOD.replace("<title>Plan", "<title>Inny")))


def test_empty_link_is_reported():
    page = GOOD.replace("<h1>Plan</h1>", '<h1>Plan</h1><a href="">x</a>')
    assert any("empty href" in p for p in check_page(page))
