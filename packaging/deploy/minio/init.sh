#!/bin/sh
# One-shot MinIO set-up, run by the minio-init service: the bucket, a safety-net expiry rule and a
# client key that may only put, get and delete objects in that bucket.
set -eu
mc alias set local http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null
mc mb --ignore-existing "local/$DIGITWHISK_BUCKET"
# The client deletes every object it uploads; this rule catches what a crash left behind.
mc ilm rule add --expire-days 1 "local/$DIGITWHISK_BUCKET" >/dev/null 2>&1 || true
sed "s/\${BUCKET}/$DIGITWHISK_BUCKET/g" /digitwhisk/digitwhisk-client-policy.json > /tmp/policy.json
mc admin policy create local digitwhisk-client /tmp/policy.json 2>/dev/null \
  || mc admin policy create local digitwhisk-client /tmp/policy.json
mc admin user add local "$DIGITWHISK_ACCESS_KEY" "$DIGITWHISK_SECRET_KEY"
mc admin policy attach local digitwhisk-client --user "$DIGITWHISK_ACCESS_KEY" 2>/dev/null || true
echo "minio-init: bucket '$DIGITWHISK_BUCKET' and key '$DIGITWHISK_ACCESS_KEY' ready"
