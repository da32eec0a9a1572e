"""campaigns-get's twin: CALLS retrieves of one campaign with the Instantly Python SDK.

    python campaigns_get.py BASE_URL [CALLS]
"""

import sys

from instantlyai import Instantly

base_url = sys.argv[1]
calls = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
client = Instantly(api_key="bench-key", base_url=base_url, max_retries=0)
campaign = next(iter(client.campaigns.list()))
same = sum(1 for _ in range(calls) if client.campaigns.retrieve(str(campaign.id)).id == campaign.id)
print(same)
