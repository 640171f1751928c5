"""The keyword parameters of a call that are not request fields.

`generate_text`, `stream_text` and `chat.completions.create` take every request field of the
spec as a keyword argument (typed by the generated `CreateChatCompletionRequestKwargs`), next to
the parameters named here. A spec property with one of these names could not be a keyword
argument, so `make generate` reads this file (by path: it must import nothing) and refuses such
a spec with a message instead of producing a broken signature.
"""

from __future__ import annotations

from typing import Final

# Keyword parameters every call takes besides the request fields.
CALL_PARAMETERS: Final = ("timeout", "extra_headers", "extra_query", "extra_body")

# Request fields the call sets itself: `generate_text` sends `stream: false`, `stream_text`
# `stream: true`, and `create` takes `stream=` as a parameter of its own that picks the
# return type. They are left out of the keyword-argument TypedDict.
CALL_CONTROLLED_FIELDS: Final = ("stream",)

# Names a keyword argument can never have in a method.
RESERVED_NAMES: Final = ("self",)
