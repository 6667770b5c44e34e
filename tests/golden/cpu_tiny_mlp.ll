; gvcompile module for graph tiny_fwd
; arena: 128*N bytes; buffers: b0=arg:%x, b1=arg:%_0__weight, b2=arg:%_0__bias, b3=arg:%_1__weight, b4=arg:%_1__bias, b5=temp:%matmul, b6=temp:%add, b7=out:%relu, b8=temp:%matmul_1, b9=out:%add_1, b10=out:%gt
; ModuleID = "gv_tiny_fwd"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"gv_tiny_fwd"(i64 %"N", ptr %"args", ptr %"outs", ptr %"consts", ptr %"arena")
{
entry:
  %"nthreads" = call i64 @"gv_num_threads"()
  %".7" = getelementptr ptr, ptr %"args", i64 0
  %"b0_x" = load ptr, ptr %".7"
  %".9" = getelementptr ptr, ptr %"args", i64 1
  %"b1__0__weight" = load ptr, ptr %".9"
  %".11" = getelementptr ptr, ptr %"args", i64 2
  %"b2__0__bias" = load ptr, ptr %".11"
  %".13" = getelementptr ptr, ptr %"args", i64 3
  %"b3__1__weight" = load ptr, ptr %".13"
  %".15" = getelementptr ptr, ptr %"args", i64 4
  %"b4__1__bias" = load ptr, ptr %".15"
  %"b5_matmul" = getelementptr i8, ptr %"arena", i64 0
  %".18" = mul nsw i64 %"N", 64
  %"b6_add" = getelementptr i8, ptr %"arena", i64 %".18"
  %".20" = getelementptr ptr, ptr %"outs", i64 1
  %"b7_relu" = load ptr, ptr %".20"
  %"b8_matmul_1" = getelementptr i8, ptr %"arena", i64 0
  %".23" = getelementptr ptr, ptr %"outs", i64 0
  %"b9_add_1" = load ptr, ptr %".23"
  %".25" = getelementptr ptr, ptr %"outs", i64 2
  %"b10_gt" = load ptr, ptr %".25"
  call void @"gv_k0_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_x", ptr %"b1__0__weight", ptr %"b5_matmul")
  call void @"gv_k1_add"(i64 %"N", i64 %"nthreads", ptr %"b2__0__bias", ptr %"b5_matmul", ptr %"b6_add")
  call void @"gv_k2_relu"(i64 %"N", i64 %"nthreads", ptr %"b6_add", ptr %"b7_relu")
  call void @"gv_k3_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3__1__weight", ptr %"b7_relu", ptr %"b8_matmul_1")
  call void @"gv_k4_add"(i64 %"N", i64 %"nthreads", ptr %"b4__1__bias", ptr %"b8_matmul_1", ptr %"b9_add_1")
  call void @"gv_k5_gt"(i64 %"N", i64 %"nthreads", ptr %"b6_add", ptr %"b10_gt")
  ret void
}

declare i64 @"gv_num_threads"()

; kernel gv_k0_matmul: nodes %matmul; layers model[0] (Fc); shapes %matmul: f32[N,3]
define internal void @"gv_k0_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b1", ptr %"b5")
{
entry:
  %".7" = getelementptr float, ptr %"b5", i64 0
  %".8" = icmp eq i64 4, 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %"N", 3
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b0", i64 0
  %".19" = getelementptr float, ptr %"b1", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 %"N", i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 3, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 4, i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 4, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 1, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 1, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 4, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 3, i64* %".41"
  %".43" = mul i64 %"N", 3
  %".44" = mul i64 %".43", 4
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

declare <16 x float> @"llvm.fma.v16f32"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3")

define internal void @"gv_gemm_f32.ukernel"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"tile") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".11" = and i64 %"kc", -4
  %".12" = icmp sgt i64 %".11", 0
  br i1 %".12", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".386", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".307", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".308", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".314", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".315", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".321", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".322", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".328", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".329", %"main"]
  %"acc8" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".335", %"main"]
  %"acc9" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".336", %"main"]
  %"acc10" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".342", %"main"]
  %"acc11" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".343", %"main"]
  %"acc12" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".349", %"main"]
  %"acc13" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".350", %"main"]
  %"acc14" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".356", %"main"]
  %"acc15" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".357", %"main"]
  %"acc16" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".363", %"main"]
  %"acc17" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".364", %"main"]
  %"acc18" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".370", %"main"]
  %"acc19" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".371", %"main"]
  %"acc20" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".377", %"main"]
  %"acc21" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".378", %"main"]
  %"acc22" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".384", %"main"]
  %"acc23" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".385", %"main"]
  %".14" = add i64 %"k", 0
  %".15" = mul i64 %".14", 32
  %".16" = add i64 %".15", 0
  %".17" = getelementptr inbounds float, ptr %"bp", i64 %".16"
  %".18" = load <16 x float>, ptr %".17", align 64
  %".19" = add i64 %".15", 16
  %".20" = getelementptr inbounds float, ptr %"bp", i64 %".19"
  %".21" = load <16 x float>, ptr %".20", align 64
  %".22" = mul i64 %".14", 12
  %".23" = add i64 %".22", 0
  %".24" = getelementptr inbounds float, ptr %"ap", i64 %".23"
  %".25" = load float, ptr %".24"
  %".26" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".25", i32 0
  %".27" = shufflevector <16 x float> %".26", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".27", <16 x float> %".18", <16 x float> %"acc0")
  %".29" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".27", <16 x float> %".21", <16 x float> %"acc1")
  %".30" = add i64 %".22", 1
  %".31" = getelementptr inbounds float, ptr %"ap", i64 %".30"
  %".32" = load float, ptr %".31"
  %".33" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".32", i32 0
  %".34" = shufflevector <16 x float> %".33", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".34", <16 x float> %".18", <16 x float> %"acc2")
  %".36" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".34", <16 x float> %".21", <16 x float> %"acc3")
  %".37" = add i64 %".22", 2
  %".38" = getelementptr inbounds float, ptr %"ap", i64 %".37"
  %".39" = load float, ptr %".38"
  %".40" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".39", i32 0
  %".41" = shufflevector <16 x float> %".40", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".41", <16 x float> %".18", <16 x float> %"acc4")
  %".43" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".41", <16 x float> %".21", <16 x float> %"acc5")
  %".44" = add i64 %".22", 3
  %".45" = getelementptr inbounds float, ptr %"ap", i64 %".44"
  %".46" = load float, ptr %".45"
  %".47" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".46", i32 0
  %".48" = shufflevector <16 x float> %".47", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".48", <16 x float> %".18", <16 x float> %"acc6")
  %".50" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".48", <16 x float> %".21", <16 x float> %"acc7")
  %".51" = add i64 %".22", 4
  %".52" = getelementptr inbounds float, ptr %"ap", i64 %".51"
  %".53" = load float, ptr %".52"
  %".54" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".53", i32 0
  %".55" = shufflevector <16 x float> %".54", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".56" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".55", <16 x float> %".18", <16 x float> %"acc8")
  %".57" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".55", <16 x float> %".21", <16 x float> %"acc9")
  %".58" = add i64 %".22", 5
  %".59" = getelementptr inbounds float, ptr %"ap", i64 %".58"
  %".60" = load float, ptr %".59"
  %".61" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".60", i32 0
  %".62" = shufflevector <16 x float> %".61", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".63" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".62", <16 x float> %".18", <16 x float> %"acc10")
  %".64" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".62", <16 x float> %".21", <16 x float> %"acc11")
  %".65" = add i64 %".22", 6
  %".66" = getelementptr inbounds float, ptr %"ap", i64 %".65"
  %".67" = load float, ptr %".66"
  %".68" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".67", i32 0
  %".69" = shufflevector <16 x float> %".68", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".70" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".69", <16 x float> %".18", <16 x float> %"acc12")
  %".71" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".69", <16 x float> %".21", <16 x float> %"acc13")
  %".72" = add i64 %".22", 7
  %".73" = getelementptr inbounds float, ptr %"ap", i64 %".72"
  %".74" = load float, ptr %".73"
  %".75" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".74", i32 0
  %".76" = shufflevector <16 x float> %".75", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".76", <16 x float> %".18", <16 x float> %"acc14")
  %".78" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".76", <16 x float> %".21", <16 x float> %"acc15")
  %".79" = add i64 %".22", 8
  %".80" = getelementptr inbounds float, ptr %"ap", i64 %".79"
  %".81" = load float, ptr %".80"
  %".82" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".81", i32 0
  %".83" = shufflevector <16 x float> %".82", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".84" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".83", <16 x float> %".18", <16 x float> %"acc16")
  %".85" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".83", <16 x float> %".21", <16 x float> %"acc17")
  %".86" = add i64 %".22", 9
  %".87" = getelementptr inbounds float, ptr %"ap", i64 %".86"
  %".88" = load float, ptr %".87"
  %".89" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".88", i32 0
  %".90" = shufflevector <16 x float> %".89", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".91" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".90", <16 x float> %".18", <16 x float> %"acc18")
  %".92" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".90", <16 x float> %".21", <16 x float> %"acc19")
  %".93" = add i64 %".22", 10
  %".94" = getelementptr inbounds float, ptr %"ap", i64 %".93"
  %".95" = load float, ptr %".94"
  %".96" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".95", i32 0
  %".97" = shufflevector <16 x float> %".96", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".98" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".97", <16 x float> %".18", <16 x float> %"acc20")
  %".99" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".97", <16 x float> %".21", <16 x float> %"acc21")
  %".100" = add i64 %".22", 11
  %".101" = getelementptr inbounds float, ptr %"ap", i64 %".100"
  %".102" = load float, ptr %".101"
  %".103" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".102", i32 0
  %".104" = shufflevector <16 x float> %".103", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".105" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".104", <16 x float> %".18", <16 x float> %"acc22")
  %".106" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".104", <16 x float> %".21", <16 x float> %"acc23")
  %".107" = add i64 %"k", 1
  %".108" = mul i64 %".107", 32
  %".109" = add i64 %".108", 0
  %".110" = getelementptr inbounds float, ptr %"bp", i64 %".109"
  %".111" = load <16 x float>, ptr %".110", align 64
  %".112" = add i64 %".108", 16
  %".113" = getelementptr inbounds float, ptr %"bp", i64 %".112"
  %".114" = load <16 x float>, ptr %".113", align 64
  %".115" = mul i64 %".107", 12
  %".116" = add i64 %".115", 0
  %".117" = getelementptr inbounds float, ptr %"ap", i64 %".116"
  %".118" = load float, ptr %".117"
  %".119" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".118", i32 0
  %".120" = shufflevector <16 x float> %".119", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".121" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".120", <16 x float> %".111", <16 x float> %".28")
  %".122" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".120", <16 x float> %".114", <16 x float> %".29")
  %".123" = add i64 %".115", 1
  %".124" = getelementptr inbounds float, ptr %"ap", i64 %".123"
  %".125" = load float, ptr %".124"
  %".126" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".125", i32 0
  %".127" = shufflevector <16 x float> %".126", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".128" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".127", <16 x float> %".111", <16 x float> %".35")
  %".129" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".127", <16 x float> %".114", <16 x float> %".36")
  %".130" = add i64 %".115", 2
  %".131" = getelementptr inbounds float, ptr %"ap", i64 %".130"
  %".132" = load float, ptr %".131"
  %".133" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".132", i32 0
  %".134" = shufflevector <16 x float> %".133", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".135" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".134", <16 x float> %".111", <16 x float> %".42")
  %".136" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".134", <16 x float> %".114", <16 x float> %".43")
  %".137" = add i64 %".115", 3
  %".138" = getelementptr inbounds float, ptr %"ap", i64 %".137"
  %".139" = load float, ptr %".138"
  %".140" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <16 x float> %".140", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".141", <16 x float> %".111", <16 x float> %".49")
  %".143" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".141", <16 x float> %".114", <16 x float> %".50")
  %".144" = add i64 %".115", 4
  %".145" = getelementptr inbounds float, ptr %"ap", i64 %".144"
  %".146" = load float, ptr %".145"
  %".147" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".146", i32 0
  %".148" = shufflevector <16 x float> %".147", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".149" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".148", <16 x float> %".111", <16 x float> %".56")
  %".150" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".148", <16 x float> %".114", <16 x float> %".57")
  %".151" = add i64 %".115", 5
  %".152" = getelementptr inbounds float, ptr %"ap", i64 %".151"
  %".153" = load float, ptr %".152"
  %".154" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".153", i32 0
  %".155" = shufflevector <16 x float> %".154", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".156" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".155", <16 x float> %".111", <16 x float> %".63")
  %".157" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".155", <16 x float> %".114", <16 x float> %".64")
  %".158" = add i64 %".115", 6
  %".159" = getelementptr inbounds float, ptr %"ap", i64 %".158"
  %".160" = load float, ptr %".159"
  %".161" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".160", i32 0
  %".162" = shufflevector <16 x float> %".161", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".163" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".162", <16 x float> %".111", <16 x float> %".70")
  %".164" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".162", <16 x float> %".114", <16 x float> %".71")
  %".165" = add i64 %".115", 7
  %".166" = getelementptr inbounds float, ptr %"ap", i64 %".165"
  %".167" = load float, ptr %".166"
  %".168" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".167", i32 0
  %".169" = shufflevector <16 x float> %".168", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".170" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".169", <16 x float> %".111", <16 x float> %".77")
  %".171" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".169", <16 x float> %".114", <16 x float> %".78")
  %".172" = add i64 %".115", 8
  %".173" = getelementptr inbounds float, ptr %"ap", i64 %".172"
  %".174" = load float, ptr %".173"
  %".175" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".174", i32 0
  %".176" = shufflevector <16 x float> %".175", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".177" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".176", <16 x float> %".111", <16 x float> %".84")
  %".178" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".176", <16 x float> %".114", <16 x float> %".85")
  %".179" = add i64 %".115", 9
  %".180" = getelementptr inbounds float, ptr %"ap", i64 %".179"
  %".181" = load float, ptr %".180"
  %".182" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".181", i32 0
  %".183" = shufflevector <16 x float> %".182", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".184" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".183", <16 x float> %".111", <16 x float> %".91")
  %".185" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".183", <16 x float> %".114", <16 x float> %".92")
  %".186" = add i64 %".115", 10
  %".187" = getelementptr inbounds float, ptr %"ap", i64 %".186"
  %".188" = load float, ptr %".187"
  %".189" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".188", i32 0
  %".190" = shufflevector <16 x float> %".189", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".191" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".190", <16 x float> %".111", <16 x float> %".98")
  %".192" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".190", <16 x float> %".114", <16 x float> %".99")
  %".193" = add i64 %".115", 11
  %".194" = getelementptr inbounds float, ptr %"ap", i64 %".193"
  %".195" = load float, ptr %".194"
  %".196" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".195", i32 0
  %".197" = shufflevector <16 x float> %".196", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".198" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".197", <16 x float> %".111", <16 x float> %".105")
  %".199" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".197", <16 x float> %".114", <16 x float> %".106")
  %".200" = add i64 %"k", 2
  %".201" = mul i64 %".200", 32
  %".202" = add i64 %".201", 0
  %".203" = getelementptr inbounds float, ptr %"bp", i64 %".202"
  %".204" = load <16 x float>, ptr %".203", align 64
  %".205" = add i64 %".201", 16
  %".206" = getelementptr inbounds float, ptr %"bp", i64 %".205"
  %".207" = load <16 x float>, ptr %".206", align 64
  %".208" = mul i64 %".200", 12
  %".209" = add i64 %".208", 0
  %".210" = getelementptr inbounds float, ptr %"ap", i64 %".209"
  %".211" = load float, ptr %".210"
  %".212" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".211", i32 0
  %".213" = shufflevector <16 x float> %".212", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".214" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".213", <16 x float> %".204", <16 x float> %".121")
  %".215" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".213", <16 x float> %".207", <16 x float> %".122")
  %".216" = add i64 %".208", 1
  %".217" = getelementptr inbounds float, ptr %"ap", i64 %".216"
  %".218" = load float, ptr %".217"
  %".219" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".218", i32 0
  %".220" = shufflevector <16 x float> %".219", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".221" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".220", <16 x float> %".204", <16 x float> %".128")
  %".222" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".220", <16 x float> %".207", <16 x float> %".129")
  %".223" = add i64 %".208", 2
  %".224" = getelementptr inbounds float, ptr %"ap", i64 %".223"
  %".225" = load float, ptr %".224"
  %".226" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".225", i32 0
  %".227" = shufflevector <16 x float> %".226", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".228" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".227", <16 x float> %".204", <16 x float> %".135")
  %".229" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".227", <16 x float> %".207", <16 x float> %".136")
  %".230" = add i64 %".208", 3
  %".231" = getelementptr inbounds float, ptr %"ap", i64 %".230"
  %".232" = load float, ptr %".231"
  %".233" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".232", i32 0
  %".234" = shufflevector <16 x float> %".233", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".235" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".234", <16 x float> %".204", <16 x float> %".142")
  %".236" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".234", <16 x float> %".207", <16 x float> %".143")
  %".237" = add i64 %".208", 4
  %".238" = getelementptr inbounds float, ptr %"ap", i64 %".237"
  %".239" = load float, ptr %".238"
  %".240" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".239", i32 0
  %".241" = shufflevector <16 x float> %".240", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".242" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".241", <16 x float> %".204", <16 x float> %".149")
  %".243" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".241", <16 x float> %".207", <16 x float> %".150")
  %".244" = add i64 %".208", 5
  %".245" = getelementptr inbounds float, ptr %"ap", i64 %".244"
  %".246" = load float, ptr %".245"
  %".247" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".246", i32 0
  %".248" = shufflevector <16 x float> %".247", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".249" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".248", <16 x float> %".204", <16 x float> %".156")
  %".250" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".248", <16 x float> %".207", <16 x float> %".157")
  %".251" = add i64 %".208", 6
  %".252" = getelementptr inbounds float, ptr %"ap", i64 %".251"
  %".253" = load float, ptr %".252"
  %".254" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".253", i32 0
  %".255" = shufflevector <16 x float> %".254", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".256" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".255", <16 x float> %".204", <16 x float> %".163")
  %".257" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".255", <16 x float> %".207", <16 x float> %".164")
  %".258" = add i64 %".208", 7
  %".259" = getelementptr inbounds float, ptr %"ap", i64 %".258"
  %".260" = load float, ptr %".259"
  %".261" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".260", i32 0
  %".262" = shufflevector <16 x float> %".261", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".263" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".262", <16 x float> %".204", <16 x float> %".170")
  %".264" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".262", <16 x float> %".207", <16 x float> %".171")
  %".265" = add i64 %".208", 8
  %".266" = getelementptr inbounds float, ptr %"ap", i64 %".265"
  %".267" = load float, ptr %".266"
  %".268" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".267", i32 0
  %".269" = shufflevector <16 x float> %".268", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".270" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".269", <16 x float> %".204", <16 x float> %".177")
  %".271" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".269", <16 x float> %".207", <16 x float> %".178")
  %".272" = add i64 %".208", 9
  %".273" = getelementptr inbounds float, ptr %"ap", i64 %".272"
  %".274" = load float, ptr %".273"
  %".275" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".274", i32 0
  %".276" = shufflevector <16 x float> %".275", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".276", <16 x float> %".204", <16 x float> %".184")
  %".278" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".276", <16 x float> %".207", <16 x float> %".185")
  %".279" = add i64 %".208", 10
  %".280" = getelementptr inbounds float, ptr %"ap", i64 %".279"
  %".281" = load float, ptr %".280"
  %".282" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".281", i32 0
  %".283" = shufflevector <16 x float> %".282", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".284" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".283", <16 x float> %".204", <16 x float> %".191")
  %".285" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".283", <16 x float> %".207", <16 x float> %".192")
  %".286" = add i64 %".208", 11
  %".287" = getelementptr inbounds float, ptr %"ap", i64 %".286"
  %".288" = load float, ptr %".287"
  %".289" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".288", i32 0
  %".290" = shufflevector <16 x float> %".289", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".291" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".290", <16 x float> %".204", <16 x float> %".198")
  %".292" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".290", <16 x float> %".207", <16 x float> %".199")
  %".293" = add i64 %"k", 3
  %".294" = mul i64 %".293", 32
  %".295" = add i64 %".294", 0
  %".296" = getelementptr inbounds float, ptr %"bp", i64 %".295"
  %".297" = load <16 x float>, ptr %".296", align 64
  %".298" = add i64 %".294", 16
  %".299" = getelementptr inbounds float, ptr %"bp", i64 %".298"
  %".300" = load <16 x float>, ptr %".299", align 64
  %".301" = mul i64 %".293", 12
  %".302" = add i64 %".301", 0
  %".303" = getelementptr inbounds float, ptr %"ap", i64 %".302"
  %".304" = load float, ptr %".303"
  %".305" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".304", i32 0
  %".306" = shufflevector <16 x float> %".305", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".307" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".306", <16 x float> %".297", <16 x float> %".214")
  %".308" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".306", <16 x float> %".300", <16 x float> %".215")
  %".309" = add i64 %".301", 1
  %".310" = getelementptr inbounds float, ptr %"ap", i64 %".309"
  %".311" = load float, ptr %".310"
  %".312" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".311", i32 0
  %".313" = shufflevector <16 x float> %".312", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".314" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".313", <16 x float> %".297", <16 x float> %".221")
  %".315" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".313", <16 x float> %".300", <16 x float> %".222")
  %".316" = add i64 %".301", 2
  %".317" = getelementptr inbounds float, ptr %"ap", i64 %".316"
  %".318" = load float, ptr %".317"
  %".319" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".318", i32 0
  %".320" = shufflevector <16 x float> %".319", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".321" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".320", <16 x float> %".297", <16 x float> %".228")
  %".322" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".320", <16 x float> %".300", <16 x float> %".229")
  %".323" = add i64 %".301", 3
  %".324" = getelementptr inbounds float, ptr %"ap", i64 %".323"
  %".325" = load float, ptr %".324"
  %".326" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".325", i32 0
  %".327" = shufflevector <16 x float> %".326", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".328" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".327", <16 x float> %".297", <16 x float> %".235")
  %".329" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".327", <16 x float> %".300", <16 x float> %".236")
  %".330" = add i64 %".301", 4
  %".331" = getelementptr inbounds float, ptr %"ap", i64 %".330"
  %".332" = load float, ptr %".331"
  %".333" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".332", i32 0
  %".334" = shufflevector <16 x float> %".333", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".335" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".334", <16 x float> %".297", <16 x float> %".242")
  %".336" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".334", <16 x float> %".300", <16 x float> %".243")
  %".337" = add i64 %".301", 5
  %".338" = getelementptr inbounds float, ptr %"ap", i64 %".337"
  %".339" = load float, ptr %".338"
  %".340" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".339", i32 0
  %".341" = shufflevector <16 x float> %".340", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".342" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".341", <16 x float> %".297", <16 x float> %".249")
  %".343" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".341", <16 x float> %".300", <16 x float> %".250")
  %".344" = add i64 %".301", 6
  %".345" = getelementptr inbounds float, ptr %"ap", i64 %".344"
  %".346" = load float, ptr %".345"
  %".347" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".346", i32 0
  %".348" = shufflevector <16 x float> %".347", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".349" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".348", <16 x float> %".297", <16 x float> %".256")
  %".350" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".348", <16 x float> %".300", <16 x float> %".257")
  %".351" = add i64 %".301", 7
  %".352" = getelementptr inbounds float, ptr %"ap", i64 %".351"
  %".353" = load float, ptr %".352"
  %".354" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".353", i32 0
  %".355" = shufflevector <16 x float> %".354", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".356" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".355", <16 x float> %".297", <16 x float> %".263")
  %".357" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".355", <16 x float> %".300", <16 x float> %".264")
  %".358" = add i64 %".301", 8
  %".359" = getelementptr inbounds float, ptr %"ap", i64 %".358"
  %".360" = load float, ptr %".359"
  %".361" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".360", i32 0
  %".362" = shufflevector <16 x float> %".361", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".363" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".362", <16 x float> %".297", <16 x float> %".270")
  %".364" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".362", <16 x float> %".300", <16 x float> %".271")
  %".365" = add i64 %".301", 9
  %".366" = getelementptr inbounds float, ptr %"ap", i64 %".365"
  %".367" = load float, ptr %".366"
  %".368" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".367", i32 0
  %".369" = shufflevector <16 x float> %".368", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".370" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".369", <16 x float> %".297", <16 x float> %".277")
  %".371" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".369", <16 x float> %".300", <16 x float> %".278")
  %".372" = add i64 %".301", 10
  %".373" = getelementptr inbounds float, ptr %"ap", i64 %".372"
  %".374" = load float, ptr %".373"
  %".375" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".374", i32 0
  %".376" = shufflevector <16 x float> %".375", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".377" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".376", <16 x float> %".297", <16 x float> %".284")
  %".378" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".376", <16 x float> %".300", <16 x float> %".285")
  %".379" = add i64 %".301", 11
  %".380" = getelementptr inbounds float, ptr %"ap", i64 %".379"
  %".381" = load float, ptr %".380"
  %".382" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".381", i32 0
  %".383" = shufflevector <16 x float> %".382", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".384" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".383", <16 x float> %".297", <16 x float> %".291")
  %".385" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".383", <16 x float> %".300", <16 x float> %".292")
  %".386" = add i64 %"k", 4
  %".387" = icmp slt i64 %".386", %".11"
  br i1 %".387", label %"main", label %"mid"
mid:
  %".389" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".307", %"main"]
  %".390" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".308", %"main"]
  %".391" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".314", %"main"]
  %".392" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".315", %"main"]
  %".393" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".321", %"main"]
  %".394" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".322", %"main"]
  %".395" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".328", %"main"]
  %".396" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".329", %"main"]
  %".397" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".335", %"main"]
  %".398" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".336", %"main"]
  %".399" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".342", %"main"]
  %".400" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".343", %"main"]
  %".401" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".349", %"main"]
  %".402" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".350", %"main"]
  %".403" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".356", %"main"]
  %".404" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".357", %"main"]
  %".405" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".363", %"main"]
  %".406" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".364", %"main"]
  %".407" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".370", %"main"]
  %".408" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".371", %"main"]
  %".409" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".377", %"main"]
  %".410" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".378", %"main"]
  %".411" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".384", %"main"]
  %".412" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".385", %"main"]
  %".413" = icmp slt i64 %".11", %"kc"
  br i1 %".413", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".11", %"mid"], [%".531", %"rem"]
  %".415" = phi  <16 x float> [%".389", %"mid"], [%".452", %"rem"]
  %".416" = phi  <16 x float> [%".390", %"mid"], [%".453", %"rem"]
  %".417" = phi  <16 x float> [%".391", %"mid"], [%".459", %"rem"]
  %".418" = phi  <16 x float> [%".392", %"mid"], [%".460", %"rem"]
  %".419" = phi  <16 x float> [%".393", %"mid"], [%".466", %"rem"]
  %".420" = phi  <16 x float> [%".394", %"mid"], [%".467", %"rem"]
  %".421" = phi  <16 x float> [%".395", %"mid"], [%".473", %"rem"]
  %".422" = phi  <16 x float> [%".396", %"mid"], [%".474", %"rem"]
  %".423" = phi  <16 x float> [%".397", %"mid"], [%".480", %"rem"]
  %".424" = phi  <16 x float> [%".398", %"mid"], [%".481", %"rem"]
  %".425" = phi  <16 x float> [%".399", %"mid"], [%".487", %"rem"]
  %".426" = phi  <16 x float> [%".400", %"mid"], [%".488", %"rem"]
  %".427" = phi  <16 x float> [%".401", %"mid"], [%".494", %"rem"]
  %".428" = phi  <16 x float> [%".402", %"mid"], [%".495", %"rem"]
  %".429" = phi  <16 x float> [%".403", %"mid"], [%".501", %"rem"]
  %".430" = phi  <16 x float> [%".404", %"mid"], [%".502", %"rem"]
  %".431" = phi  <16 x float> [%".405", %"mid"], [%".508", %"rem"]
  %".432" = phi  <16 x float> [%".406", %"mid"], [%".509", %"rem"]
  %".433" = phi  <16 x float> [%".407", %"mid"], [%".515", %"rem"]
  %".434" = phi  <16 x float> [%".408", %"mid"], [%".516", %"rem"]
  %".435" = phi  <16 x float> [%".409", %"mid"], [%".522", %"rem"]
  %".436" = phi  <16 x float> [%".410", %"mid"], [%".523", %"rem"]
  %".437" = phi  <16 x float> [%".411", %"mid"], [%".529", %"rem"]
  %".438" = phi  <16 x float> [%".412", %"mid"], [%".530", %"rem"]
  %".439" = mul i64 %"k1", 32
  %".440" = add i64 %".439", 0
  %".441" = getelementptr inbounds float, ptr %"bp", i64 %".440"
  %".442" = load <16 x float>, ptr %".441", align 64
  %".443" = add i64 %".439", 16
  %".444" = getelementptr inbounds float, ptr %"bp", i64 %".443"
  %".445" = load <16 x float>, ptr %".444", align 64
  %".446" = mul i64 %"k1", 12
  %".447" = add i64 %".446", 0
  %".448" = getelementptr inbounds float, ptr %"ap", i64 %".447"
  %".449" = load float, ptr %".448"
  %".450" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".449", i32 0
  %".451" = shufflevector <16 x float> %".450", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".452" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".451", <16 x float> %".442", <16 x float> %".415")
  %".453" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".451", <16 x float> %".445", <16 x float> %".416")
  %".454" = add i64 %".446", 1
  %".455" = getelementptr inbounds float, ptr %"ap", i64 %".454"
  %".456" = load float, ptr %".455"
  %".457" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".456", i32 0
  %".458" = shufflevector <16 x float> %".457", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".459" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".458", <16 x float> %".442", <16 x float> %".417")
  %".460" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".458", <16 x float> %".445", <16 x float> %".418")
  %".461" = add i64 %".446", 2
  %".462" = getelementptr inbounds float, ptr %"ap", i64 %".461"
  %".463" = load float, ptr %".462"
  %".464" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".463", i32 0
  %".465" = shufflevector <16 x float> %".464", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".466" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".465", <16 x float> %".442", <16 x float> %".419")
  %".467" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".465", <16 x float> %".445", <16 x float> %".420")
  %".468" = add i64 %".446", 3
  %".469" = getelementptr inbounds float, ptr %"ap", i64 %".468"
  %".470" = load float, ptr %".469"
  %".471" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".470", i32 0
  %".472" = shufflevector <16 x float> %".471", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".473" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".472", <16 x float> %".442", <16 x float> %".421")
  %".474" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".472", <16 x float> %".445", <16 x float> %".422")
  %".475" = add i64 %".446", 4
  %".476" = getelementptr inbounds float, ptr %"ap", i64 %".475"
  %".477" = load float, ptr %".476"
  %".478" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".477", i32 0
  %".479" = shufflevector <16 x float> %".478", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".480" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".479", <16 x float> %".442", <16 x float> %".423")
  %".481" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".479", <16 x float> %".445", <16 x float> %".424")
  %".482" = add i64 %".446", 5
  %".483" = getelementptr inbounds float, ptr %"ap", i64 %".482"
  %".484" = load float, ptr %".483"
  %".485" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".484", i32 0
  %".486" = shufflevector <16 x float> %".485", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".487" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".486", <16 x float> %".442", <16 x float> %".425")
  %".488" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".486", <16 x float> %".445", <16 x float> %".426")
  %".489" = add i64 %".446", 6
  %".490" = getelementptr inbounds float, ptr %"ap", i64 %".489"
  %".491" = load float, ptr %".490"
  %".492" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".491", i32 0
  %".493" = shufflevector <16 x float> %".492", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".494" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".493", <16 x float> %".442", <16 x float> %".427")
  %".495" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".493", <16 x float> %".445", <16 x float> %".428")
  %".496" = add i64 %".446", 7
  %".497" = getelementptr inbounds float, ptr %"ap", i64 %".496"
  %".498" = load float, ptr %".497"
  %".499" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".498", i32 0
  %".500" = shufflevector <16 x float> %".499", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".501" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".500", <16 x float> %".442", <16 x float> %".429")
  %".502" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".500", <16 x float> %".445", <16 x float> %".430")
  %".503" = add i64 %".446", 8
  %".504" = getelementptr inbounds float, ptr %"ap", i64 %".503"
  %".505" = load float, ptr %".504"
  %".506" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".505", i32 0
  %".507" = shufflevector <16 x float> %".506", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".508" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".507", <16 x float> %".442", <16 x float> %".431")
  %".509" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".507", <16 x float> %".445", <16 x float> %".432")
  %".510" = add i64 %".446", 9
  %".511" = getelementptr inbounds float, ptr %"ap", i64 %".510"
  %".512" = load float, ptr %".511"
  %".513" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".512", i32 0
  %".514" = shufflevector <16 x float> %".513", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".515" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".514", <16 x float> %".442", <16 x float> %".433")
  %".516" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".514", <16 x float> %".445", <16 x float> %".434")
  %".517" = add i64 %".446", 10
  %".518" = getelementptr inbounds float, ptr %"ap", i64 %".517"
  %".519" = load float, ptr %".518"
  %".520" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".519", i32 0
  %".521" = shufflevector <16 x float> %".520", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".522" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".521", <16 x float> %".442", <16 x float> %".435")
  %".523" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".521", <16 x float> %".445", <16 x float> %".436")
  %".524" = add i64 %".446", 11
  %".525" = getelementptr inbounds float, ptr %"ap", i64 %".524"
  %".526" = load float, ptr %".525"
  %".527" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".526", i32 0
  %".528" = shufflevector <16 x float> %".527", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".529" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".528", <16 x float> %".442", <16 x float> %".437")
  %".530" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".528", <16 x float> %".445", <16 x float> %".438")
  %".531" = add i64 %"k1", 1
  %".532" = icmp slt i64 %".531", %"kc"
  br i1 %".532", label %"rem", label %"tail"
tail:
  %".534" = phi  <16 x float> [%".389", %"mid"], [%".452", %"rem"]
  %".535" = phi  <16 x float> [%".390", %"mid"], [%".453", %"rem"]
  %".536" = phi  <16 x float> [%".391", %"mid"], [%".459", %"rem"]
  %".537" = phi  <16 x float> [%".392", %"mid"], [%".460", %"rem"]
  %".538" = phi  <16 x float> [%".393", %"mid"], [%".466", %"rem"]
  %".539" = phi  <16 x float> [%".394", %"mid"], [%".467", %"rem"]
  %".540" = phi  <16 x float> [%".395", %"mid"], [%".473", %"rem"]
  %".541" = phi  <16 x float> [%".396", %"mid"], [%".474", %"rem"]
  %".542" = phi  <16 x float> [%".397", %"mid"], [%".480", %"rem"]
  %".543" = phi  <16 x float> [%".398", %"mid"], [%".481", %"rem"]
  %".544" = phi  <16 x float> [%".399", %"mid"], [%".487", %"rem"]
  %".545" = phi  <16 x float> [%".400", %"mid"], [%".488", %"rem"]
  %".546" = phi  <16 x float> [%".401", %"mid"], [%".494", %"rem"]
  %".547" = phi  <16 x float> [%".402", %"mid"], [%".495", %"rem"]
  %".548" = phi  <16 x float> [%".403", %"mid"], [%".501", %"rem"]
  %".549" = phi  <16 x float> [%".404", %"mid"], [%".502", %"rem"]
  %".550" = phi  <16 x float> [%".405", %"mid"], [%".508", %"rem"]
  %".551" = phi  <16 x float> [%".406", %"mid"], [%".509", %"rem"]
  %".552" = phi  <16 x float> [%".407", %"mid"], [%".515", %"rem"]
  %".553" = phi  <16 x float> [%".408", %"mid"], [%".516", %"rem"]
  %".554" = phi  <16 x float> [%".409", %"mid"], [%".522", %"rem"]
  %".555" = phi  <16 x float> [%".410", %"mid"], [%".523", %"rem"]
  %".556" = phi  <16 x float> [%".411", %"mid"], [%".529", %"rem"]
  %".557" = phi  <16 x float> [%".412", %"mid"], [%".530", %"rem"]
  %".558" = icmp eq i64 %"mr", 12
  %".559" = icmp eq i64 %"nr", 32
  %".560" = and i1 %".558", %".559"
  br i1 %".560", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".806" = getelementptr inbounds float, ptr %"tile", i64 0
  store <16 x float> %".534", ptr %".806", align 64
  %".808" = getelementptr inbounds float, ptr %"tile", i64 16
  store <16 x float> %".535", ptr %".808", align 64
  %".810" = getelementptr inbounds float, ptr %"tile", i64 32
  store <16 x float> %".536", ptr %".810", align 64
  %".812" = getelementptr inbounds float, ptr %"tile", i64 48
  store <16 x float> %".537", ptr %".812", align 64
  %".814" = getelementptr inbounds float, ptr %"tile", i64 64
  store <16 x float> %".538", ptr %".814", align 64
  %".816" = getelementptr inbounds float, ptr %"tile", i64 80
  store <16 x float> %".539", ptr %".816", align 64
  %".818" = getelementptr inbounds float, ptr %"tile", i64 96
  store <16 x float> %".540", ptr %".818", align 64
  %".820" = getelementptr inbounds float, ptr %"tile", i64 112
  store <16 x float> %".541", ptr %".820", align 64
  %".822" = getelementptr inbounds float, ptr %"tile", i64 128
  store <16 x float> %".542", ptr %".822", align 64
  %".824" = getelementptr inbounds float, ptr %"tile", i64 144
  store <16 x float> %".543", ptr %".824", align 64
  %".826" = getelementptr inbounds float, ptr %"tile", i64 160
  store <16 x float> %".544", ptr %".826", align 64
  %".828" = getelementptr inbounds float, ptr %"tile", i64 176
  store <16 x float> %".545", ptr %".828", align 64
  %".830" = getelementptr inbounds float, ptr %"tile", i64 192
  store <16 x float> %".546", ptr %".830", align 64
  %".832" = getelementptr inbounds float, ptr %"tile", i64 208
  store <16 x float> %".547", ptr %".832", align 64
  %".834" = getelementptr inbounds float, ptr %"tile", i64 224
  store <16 x float> %".548", ptr %".834", align 64
  %".836" = getelementptr inbounds float, ptr %"tile", i64 240
  store <16 x float> %".549", ptr %".836", align 64
  %".838" = getelementptr inbounds float, ptr %"tile", i64 256
  store <16 x float> %".550", ptr %".838", align 64
  %".840" = getelementptr inbounds float, ptr %"tile", i64 272
  store <16 x float> %".551", ptr %".840", align 64
  %".842" = getelementptr inbounds float, ptr %"tile", i64 288
  store <16 x float> %".552", ptr %".842", align 64
  %".844" = getelementptr inbounds float, ptr %"tile", i64 304
  store <16 x float> %".553", ptr %".844", align 64
  %".846" = getelementptr inbounds float, ptr %"tile", i64 320
  store <16 x float> %".554", ptr %".846", align 64
  %".848" = getelementptr inbounds float, ptr %"tile", i64 336
  store <16 x float> %".555", ptr %".848", align 64
  %".850" = getelementptr inbounds float, ptr %"tile", i64 352
  store <16 x float> %".556", ptr %".850", align 64
  %".852" = getelementptr inbounds float, ptr %"tile", i64 368
  store <16 x float> %".557", ptr %".852", align 64
  %".854" = icmp slt i64 0, %"mr"
  br i1 %".854", label %"tr.body", label %"tr.done"
tail.endif:
  ret void
tail.if.if:
  %".563" = mul i64 0, %"ldc"
  %".564" = add i64 %".563", 0
  %".565" = getelementptr inbounds float, ptr %"c", i64 %".564"
  store <16 x float> %".534", ptr %".565", align 4
  %".567" = mul i64 0, %"ldc"
  %".568" = add i64 %".567", 16
  %".569" = getelementptr inbounds float, ptr %"c", i64 %".568"
  store <16 x float> %".535", ptr %".569", align 4
  %".571" = mul i64 1, %"ldc"
  %".572" = add i64 %".571", 0
  %".573" = getelementptr inbounds float, ptr %"c", i64 %".572"
  store <16 x float> %".536", ptr %".573", align 4
  %".575" = mul i64 1, %"ldc"
  %".576" = add i64 %".575", 16
  %".577" = getelementptr inbounds float, ptr %"c", i64 %".576"
  store <16 x float> %".537", ptr %".577", align 4
  %".579" = mul i64 2, %"ldc"
  %".580" = add i64 %".579", 0
  %".581" = getelementptr inbounds float, ptr %"c", i64 %".580"
  store <16 x float> %".538", ptr %".581", align 4
  %".583" = mul i64 2, %"ldc"
  %".584" = add i64 %".583", 16
  %".585" = getelementptr inbounds float, ptr %"c", i64 %".584"
  store <16 x float> %".539", ptr %".585", align 4
  %".587" = mul i64 3, %"ldc"
  %".588" = add i64 %".587", 0
  %".589" = getelementptr inbounds float, ptr %"c", i64 %".588"
  store <16 x float> %".540", ptr %".589", align 4
  %".591" = mul i64 3, %"ldc"
  %".592" = add i64 %".591", 16
  %".593" = getelementptr inbounds float, ptr %"c", i64 %".592"
  store <16 x float> %".541", ptr %".593", align 4
  %".595" = mul i64 4, %"ldc"
  %".596" = add i64 %".595", 0
  %".597" = getelementptr inbounds float, ptr %"c", i64 %".596"
  store <16 x float> %".542", ptr %".597", align 4
  %".599" = mul i64 4, %"ldc"
  %".600" = add i64 %".599", 16
  %".601" = getelementptr inbounds float, ptr %"c", i64 %".600"
  store <16 x float> %".543", ptr %".601", align 4
  %".603" = mul i64 5, %"ldc"
  %".604" = add i64 %".603", 0
  %".605" = getelementptr inbounds float, ptr %"c", i64 %".604"
  store <16 x float> %".544", ptr %".605", align 4
  %".607" = mul i64 5, %"ldc"
  %".608" = add i64 %".607", 16
  %".609" = getelementptr inbounds float, ptr %"c", i64 %".608"
  store <16 x float> %".545", ptr %".609", align 4
  %".611" = mul i64 6, %"ldc"
  %".612" = add i64 %".611", 0
  %".613" = getelementptr inbounds float, ptr %"c", i64 %".612"
  store <16 x float> %".546", ptr %".613", align 4
  %".615" = mul i64 6, %"ldc"
  %".616" = add i64 %".615", 16
  %".617" = getelementptr inbounds float, ptr %"c", i64 %".616"
  store <16 x float> %".547", ptr %".617", align 4
  %".619" = mul i64 7, %"ldc"
  %".620" = add i64 %".619", 0
  %".621" = getelementptr inbounds float, ptr %"c", i64 %".620"
  store <16 x float> %".548", ptr %".621", align 4
  %".623" = mul i64 7, %"ldc"
  %".624" = add i64 %".623", 16
  %".625" = getelementptr inbounds float, ptr %"c", i64 %".624"
  store <16 x float> %".549", ptr %".625", align 4
  %".627" = mul i64 8, %"ldc"
  %".628" = add i64 %".627", 0
  %".629" = getelementptr inbounds float, ptr %"c", i64 %".628"
  store <16 x float> %".550", ptr %".629", align 4
  %".631" = mul i64 8, %"ldc"
  %".632" = add i64 %".631", 16
  %".633" = getelementptr inbounds float, ptr %"c", i64 %".632"
  store <16 x float> %".551", ptr %".633", align 4
  %".635" = mul i64 9, %"ldc"
  %".636" = add i64 %".635", 0
  %".637" = getelementptr inbounds float, ptr %"c", i64 %".636"
  store <16 x float> %".552", ptr %".637", align 4
  %".639" = mul i64 9, %"ldc"
  %".640" = add i64 %".639", 16
  %".641" = getelementptr inbounds float, ptr %"c", i64 %".640"
  store <16 x float> %".553", ptr %".641", align 4
  %".643" = mul i64 10, %"ldc"
  %".644" = add i64 %".643", 0
  %".645" = getelementptr inbounds float, ptr %"c", i64 %".644"
  store <16 x float> %".554", ptr %".645", align 4
  %".647" = mul i64 10, %"ldc"
  %".648" = add i64 %".647", 16
  %".649" = getelementptr inbounds float, ptr %"c", i64 %".648"
  store <16 x float> %".555", ptr %".649", align 4
  %".651" = mul i64 11, %"ldc"
  %".652" = add i64 %".651", 0
  %".653" = getelementptr inbounds float, ptr %"c", i64 %".652"
  store <16 x float> %".556", ptr %".653", align 4
  %".655" = mul i64 11, %"ldc"
  %".656" = add i64 %".655", 16
  %".657" = getelementptr inbounds float, ptr %"c", i64 %".656"
  store <16 x float> %".557", ptr %".657", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".660" = mul i64 0, %"ldc"
  %".661" = add i64 %".660", 0
  %".662" = getelementptr inbounds float, ptr %"c", i64 %".661"
  %".663" = load <16 x float>, ptr %".662", align 4
  %".664" = fadd nsz arcp contract afn reassoc <16 x float> %".663", %".534"
  store <16 x float> %".664", ptr %".662", align 4
  %".666" = mul i64 0, %"ldc"
  %".667" = add i64 %".666", 16
  %".668" = getelementptr inbounds float, ptr %"c", i64 %".667"
  %".669" = load <16 x float>, ptr %".668", align 4
  %".670" = fadd nsz arcp contract afn reassoc <16 x float> %".669", %".535"
  store <16 x float> %".670", ptr %".668", align 4
  %".672" = mul i64 1, %"ldc"
  %".673" = add i64 %".672", 0
  %".674" = getelementptr inbounds float, ptr %"c", i64 %".673"
  %".675" = load <16 x float>, ptr %".674", align 4
  %".676" = fadd nsz arcp contract afn reassoc <16 x float> %".675", %".536"
  store <16 x float> %".676", ptr %".674", align 4
  %".678" = mul i64 1, %"ldc"
  %".679" = add i64 %".678", 16
  %".680" = getelementptr inbounds float, ptr %"c", i64 %".679"
  %".681" = load <16 x float>, ptr %".680", align 4
  %".682" = fadd nsz arcp contract afn reassoc <16 x float> %".681", %".537"
  store <16 x float> %".682", ptr %".680", align 4
  %".684" = mul i64 2, %"ldc"
  %".685" = add i64 %".684", 0
  %".686" = getelementptr inbounds float, ptr %"c", i64 %".685"
  %".687" = load <16 x float>, ptr %".686", align 4
  %".688" = fadd nsz arcp contract afn reassoc <16 x float> %".687", %".538"
  store <16 x float> %".688", ptr %".686", align 4
  %".690" = mul i64 2, %"ldc"
  %".691" = add i64 %".690", 16
  %".692" = getelementptr inbounds float, ptr %"c", i64 %".691"
  %".693" = load <16 x float>, ptr %".692", align 4
  %".694" = fadd nsz arcp contract afn reassoc <16 x float> %".693", %".539"
  store <16 x float> %".694", ptr %".692", align 4
  %".696" = mul i64 3, %"ldc"
  %".697" = add i64 %".696", 0
  %".698" = getelementptr inbounds float, ptr %"c", i64 %".697"
  %".699" = load <16 x float>, ptr %".698", align 4
  %".700" = fadd nsz arcp contract afn reassoc <16 x float> %".699", %".540"
  store <16 x float> %".700", ptr %".698", align 4
  %".702" = mul i64 3, %"ldc"
  %".703" = add i64 %".702", 16
  %".704" = getelementptr inbounds float, ptr %"c", i64 %".703"
  %".705" = load <16 x float>, ptr %".704", align 4
  %".706" = fadd nsz arcp contract afn reassoc <16 x float> %".705", %".541"
  store <16 x float> %".706", ptr %".704", align 4
  %".708" = mul i64 4, %"ldc"
  %".709" = add i64 %".708", 0
  %".710" = getelementptr inbounds float, ptr %"c", i64 %".709"
  %".711" = load <16 x float>, ptr %".710", align 4
  %".712" = fadd nsz arcp contract afn reassoc <16 x float> %".711", %".542"
  store <16 x float> %".712", ptr %".710", align 4
  %".714" = mul i64 4, %"ldc"
  %".715" = add i64 %".714", 16
  %".716" = getelementptr inbounds float, ptr %"c", i64 %".715"
  %".717" = load <16 x float>, ptr %".716", align 4
  %".718" = fadd nsz arcp contract afn reassoc <16 x float> %".717", %".543"
  store <16 x float> %".718", ptr %".716", align 4
  %".720" = mul i64 5, %"ldc"
  %".721" = add i64 %".720", 0
  %".722" = getelementptr inbounds float, ptr %"c", i64 %".721"
  %".723" = load <16 x float>, ptr %".722", align 4
  %".724" = fadd nsz arcp contract afn reassoc <16 x float> %".723", %".544"
  store <16 x float> %".724", ptr %".722", align 4
  %".726" = mul i64 5, %"ldc"
  %".727" = add i64 %".726", 16
  %".728" = getelementptr inbounds float, ptr %"c", i64 %".727"
  %".729" = load <16 x float>, ptr %".728", align 4
  %".730" = fadd nsz arcp contract afn reassoc <16 x float> %".729", %".545"
  store <16 x float> %".730", ptr %".728", align 4
  %".732" = mul i64 6, %"ldc"
  %".733" = add i64 %".732", 0
  %".734" = getelementptr inbounds float, ptr %"c", i64 %".733"
  %".735" = load <16 x float>, ptr %".734", align 4
  %".736" = fadd nsz arcp contract afn reassoc <16 x float> %".735", %".546"
  store <16 x float> %".736", ptr %".734", align 4
  %".738" = mul i64 6, %"ldc"
  %".739" = add i64 %".738", 16
  %".740" = getelementptr inbounds float, ptr %"c", i64 %".739"
  %".741" = load <16 x float>, ptr %".740", align 4
  %".742" = fadd nsz arcp contract afn reassoc <16 x float> %".741", %".547"
  store <16 x float> %".742", ptr %".740", align 4
  %".744" = mul i64 7, %"ldc"
  %".745" = add i64 %".744", 0
  %".746" = getelementptr inbounds float, ptr %"c", i64 %".745"
  %".747" = load <16 x float>, ptr %".746", align 4
  %".748" = fadd nsz arcp contract afn reassoc <16 x float> %".747", %".548"
  store <16 x float> %".748", ptr %".746", align 4
  %".750" = mul i64 7, %"ldc"
  %".751" = add i64 %".750", 16
  %".752" = getelementptr inbounds float, ptr %"c", i64 %".751"
  %".753" = load <16 x float>, ptr %".752", align 4
  %".754" = fadd nsz arcp contract afn reassoc <16 x float> %".753", %".549"
  store <16 x float> %".754", ptr %".752", align 4
  %".756" = mul i64 8, %"ldc"
  %".757" = add i64 %".756", 0
  %".758" = getelementptr inbounds float, ptr %"c", i64 %".757"
  %".759" = load <16 x float>, ptr %".758", align 4
  %".760" = fadd nsz arcp contract afn reassoc <16 x float> %".759", %".550"
  store <16 x float> %".760", ptr %".758", align 4
  %".762" = mul i64 8, %"ldc"
  %".763" = add i64 %".762", 16
  %".764" = getelementptr inbounds float, ptr %"c", i64 %".763"
  %".765" = load <16 x float>, ptr %".764", align 4
  %".766" = fadd nsz arcp contract afn reassoc <16 x float> %".765", %".551"
  store <16 x float> %".766", ptr %".764", align 4
  %".768" = mul i64 9, %"ldc"
  %".769" = add i64 %".768", 0
  %".770" = getelementptr inbounds float, ptr %"c", i64 %".769"
  %".771" = load <16 x float>, ptr %".770", align 4
  %".772" = fadd nsz arcp contract afn reassoc <16 x float> %".771", %".552"
  store <16 x float> %".772", ptr %".770", align 4
  %".774" = mul i64 9, %"ldc"
  %".775" = add i64 %".774", 16
  %".776" = getelementptr inbounds float, ptr %"c", i64 %".775"
  %".777" = load <16 x float>, ptr %".776", align 4
  %".778" = fadd nsz arcp contract afn reassoc <16 x float> %".777", %".553"
  store <16 x float> %".778", ptr %".776", align 4
  %".780" = mul i64 10, %"ldc"
  %".781" = add i64 %".780", 0
  %".782" = getelementptr inbounds float, ptr %"c", i64 %".781"
  %".783" = load <16 x float>, ptr %".782", align 4
  %".784" = fadd nsz arcp contract afn reassoc <16 x float> %".783", %".554"
  store <16 x float> %".784", ptr %".782", align 4
  %".786" = mul i64 10, %"ldc"
  %".787" = add i64 %".786", 16
  %".788" = getelementptr inbounds float, ptr %"c", i64 %".787"
  %".789" = load <16 x float>, ptr %".788", align 4
  %".790" = fadd nsz arcp contract afn reassoc <16 x float> %".789", %".555"
  store <16 x float> %".790", ptr %".788", align 4
  %".792" = mul i64 11, %"ldc"
  %".793" = add i64 %".792", 0
  %".794" = getelementptr inbounds float, ptr %"c", i64 %".793"
  %".795" = load <16 x float>, ptr %".794", align 4
  %".796" = fadd nsz arcp contract afn reassoc <16 x float> %".795", %".556"
  store <16 x float> %".796", ptr %".794", align 4
  %".798" = mul i64 11, %"ldc"
  %".799" = add i64 %".798", 16
  %".800" = getelementptr inbounds float, ptr %"c", i64 %".799"
  %".801" = load <16 x float>, ptr %".800", align 4
  %".802" = fadd nsz arcp contract afn reassoc <16 x float> %".801", %".557"
  store <16 x float> %".802", ptr %".800", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
tr.body:
  %"tr" = phi  i64 [0, %"tail.else"], [%"tr.next", %"tc.done"]
  %".856" = icmp slt i64 0, %"nr"
  br i1 %".856", label %"tc.body", label %"tc.done"
tr.done:
  br label %"tail.endif"
tc.body:
  %"tc" = phi  i64 [0, %"tr.body"], [%"tc.next", %"tc.body"]
  %".858" = mul i64 %"tr", 32
  %".859" = add i64 %".858", %"tc"
  %".860" = getelementptr inbounds float, ptr %"tile", i64 %".859"
  %".861" = load float, ptr %".860"
  %".862" = mul i64 %"tr", %"ldc"
  %".863" = add i64 %".862", %"tc"
  %".864" = getelementptr inbounds float, ptr %"c", i64 %".863"
  %".865" = load float, ptr %".864"
  %".866" = select  i1 %"first", float              0x0, float %".865"
  %".867" = fadd nsz arcp contract afn reassoc float %".866", %".861"
  store float %".867", ptr %".864"
  %"tc.next" = add nsw i64 %"tc", 1
  %".869" = icmp slt i64 %"tc.next", %"nr"
  br i1 %".869", label %"tc.body", label %"tc.done"
tc.done:
  %"tr.next" = add nsw i64 %"tr", 1
  %".871" = icmp slt i64 %"tr.next", %"mr"
  br i1 %".871", label %"tr.body", label %"tr.done"
}

define internal void @"gv_gemm_f32.pack_a"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".8" = add i64 %"rows", 11
  %".9" = sdiv i64 %".8", 12
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 12
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 12
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 12, %".15"
  %".17" = select  i1 %".16", i64 12, i64 %".15"
  %".18" = mul i64 %".14", %"s_row"
  %".19" = getelementptr inbounds float, ptr %"src", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %"dst", i64 %".13"
  %".21" = icmp eq i64 %"s_row", 1
  br i1 %".21", label %"p.body.if", label %"p.body.else"
p.done:
  ret void
p.body.if:
  %".23" = icmp slt i64 0, %"kc"
  br i1 %".23", label %"k.body", label %"k.done"
p.body.else:
  %".40" = icmp slt i64 0, %".17"
  br i1 %".40", label %"r.body.1", label %"r.done.1"
p.body.endif:
  %".58" = icmp slt i64 0, %"kc"
  br i1 %".58", label %"kz.body", label %"kz.done"
k.body:
  %"k" = phi  i64 [0, %"p.body.if"], [%"k.next", %"r.done"]
  %".25" = icmp slt i64 0, %".17"
  br i1 %".25", label %"r.body", label %"r.done"
k.done:
  br label %"p.body.endif"
r.body:
  %"r" = phi  i64 [0, %"k.body"], [%"r.next", %"r.body"]
  %".27" = mul i64 %"k", %"s_k"
  %".28" = add i64 %"r", %".27"
  %".29" = getelementptr inbounds float, ptr %".19", i64 %".28"
  %".30" = load float, ptr %".29"
  %".31" = mul i64 %"k", 12
  %".32" = add i64 %".31", %"r"
  %".33" = getelementptr inbounds float, ptr %".20", i64 %".32"
  store float %".30", ptr %".33"
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
r.done:
  %"k.next" = add nsw i64 %"k", 1
  %".37" = icmp slt i64 %"k.next", %"kc"
  br i1 %".37", label %"k.body", label %"k.done"
r.body.1:
  %"r.1" = phi  i64 [0, %"p.body.else"], [%"r.next.1", %"k.done.1"]
  %".42" = mul i64 %"r.1", %"s_row"
  %".43" = icmp slt i64 0, %"kc"
  br i1 %".43", label %"k.body.1", label %"k.done.1"
r.done.1:
  br label %"p.body.endif"
k.body.1:
  %"k.1" = phi  i64 [0, %"r.body.1"], [%"k.next.1", %"k.body.1"]
  %".45" = mul i64 %"k.1", %"s_k"
  %".46" = add i64 %".42", %".45"
  %".47" = getelementptr inbounds float, ptr %".19", i64 %".46"
  %".48" = load float, ptr %".47"
  %".49" = mul i64 %"k.1", 12
  %".50" = add i64 %".49", %"r.1"
  %".51" = getelementptr inbounds float, ptr %".20", i64 %".50"
  store float %".48", ptr %".51"
  %"k.next.1" = add nsw i64 %"k.1", 1
  %".53" = icmp slt i64 %"k.next.1", %"kc"
  br i1 %".53", label %"k.body.1", label %"k.done.1"
k.done.1:
  %"r.next.1" = add nsw i64 %"r.1", 1
  %".55" = icmp slt i64 %"r.next.1", %".17"
  br i1 %".55", label %"r.body.1", label %"r.done.1"
kz.body:
  %"kz" = phi  i64 [0, %"p.body.endif"], [%"kz.next", %"z.done"]
  %".60" = icmp slt i64 %".17", 12
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 12
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 12
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.pack_b"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".8" = add i64 %"rows", 31
  %".9" = sdiv i64 %".8", 32
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 32
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 32
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 32, %".15"
  %".17" = select  i1 %".16", i64 32, i64 %".15"
  %".18" = mul i64 %".14", %"s_row"
  %".19" = getelementptr inbounds float, ptr %"src", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %"dst", i64 %".13"
  %".21" = icmp eq i64 %"s_row", 1
  br i1 %".21", label %"p.body.if", label %"p.body.else"
p.done:
  ret void
p.body.if:
  %".23" = icmp slt i64 0, %"kc"
  br i1 %".23", label %"k.body", label %"k.done"
p.body.else:
  %".40" = icmp slt i64 0, %".17"
  br i1 %".40", label %"r.body.1", label %"r.done.1"
p.body.endif:
  %".58" = icmp slt i64 0, %"kc"
  br i1 %".58", label %"kz.body", label %"kz.done"
k.body:
  %"k" = phi  i64 [0, %"p.body.if"], [%"k.next", %"r.done"]
  %".25" = icmp slt i64 0, %".17"
  br i1 %".25", label %"r.body", label %"r.done"
k.done:
  br label %"p.body.endif"
r.body:
  %"r" = phi  i64 [0, %"k.body"], [%"r.next", %"r.body"]
  %".27" = mul i64 %"k", %"s_k"
  %".28" = add i64 %"r", %".27"
  %".29" = getelementptr inbounds float, ptr %".19", i64 %".28"
  %".30" = load float, ptr %".29"
  %".31" = mul i64 %"k", 32
  %".32" = add i64 %".31", %"r"
  %".33" = getelementptr inbounds float, ptr %".20", i64 %".32"
  store float %".30", ptr %".33"
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
r.done:
  %"k.next" = add nsw i64 %"k", 1
  %".37" = icmp slt i64 %"k.next", %"kc"
  br i1 %".37", label %"k.body", label %"k.done"
r.body.1:
  %"r.1" = phi  i64 [0, %"p.body.else"], [%"r.next.1", %"k.done.1"]
  %".42" = mul i64 %"r.1", %"s_row"
  %".43" = icmp slt i64 0, %"kc"
  br i1 %".43", label %"k.body.1", label %"k.done.1"
r.done.1:
  br label %"p.body.endif"
k.body.1:
  %"k.1" = phi  i64 [0, %"r.body.1"], [%"k.next.1", %"k.body.1"]
  %".45" = mul i64 %"k.1", %"s_k"
  %".46" = add i64 %".42", %".45"
  %".47" = getelementptr inbounds float, ptr %".19", i64 %".46"
  %".48" = load float, ptr %".47"
  %".49" = mul i64 %"k.1", 32
  %".50" = add i64 %".49", %"r.1"
  %".51" = getelementptr inbounds float, ptr %".20", i64 %".50"
  store float %".48", ptr %".51"
  %"k.next.1" = add nsw i64 %"k.1", 1
  %".53" = icmp slt i64 %"k.next.1", %"kc"
  br i1 %".53", label %"k.body.1", label %"k.done.1"
k.done.1:
  %"r.next.1" = add nsw i64 %"r.1", 1
  %".55" = icmp slt i64 %"r.next.1", %".17"
  br i1 %".55", label %"r.body.1", label %"r.done.1"
kz.body:
  %"kz" = phi  i64 [0, %"p.body.endif"], [%"kz.next", %"z.done"]
  %".60" = icmp slt i64 %".17", 32
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 32
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 32
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.thread"(ptr %"ctx", i64 %"tid", i64 %"nt") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".5" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 0
  %"M" = load i64, ptr %".5"
  %".6" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 1
  %"Nn" = load i64, ptr %".6"
  %".7" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 2
  %"K" = load i64, ptr %".7"
  %".8" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 3
  %"A" = load ptr, ptr %".8"
  %".9" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 4
  %"rsa" = load i64, ptr %".9"
  %".10" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 5
  %"csa" = load i64, ptr %".10"
  %".11" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 6
  %"B" = load ptr, ptr %".11"
  %".12" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 7
  %"rsb" = load i64, ptr %".12"
  %".13" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 8
  %"csb" = load i64, ptr %".13"
  %".14" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 9
  %"C" = load ptr, ptr %".14"
  %".15" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 10
  %"ldc" = load i64, ptr %".15"
  %".16" = icmp sge i64 %"Nn", %"M"
  %".17" = add i64 %"Nn", 31
  %".18" = sdiv i64 %".17", 32
  %".19" = sub i64 %"nt", 1
  %".20" = add i64 %".18", %".19"
  %".21" = sdiv i64 %".20", %"nt"
  %".22" = mul i64 %".21", 32
  %".23" = mul i64 %"tid", %".22"
  %".24" = icmp slt i64 %".23", %"Nn"
  %".25" = select  i1 %".24", i64 %".23", i64 %"Nn"
  %".26" = add i64 %".25", %".22"
  %".27" = icmp slt i64 %".26", %"Nn"
  %".28" = select  i1 %".27", i64 %".26", i64 %"Nn"
  %".29" = add i64 %"M", 11
  %".30" = sdiv i64 %".29", 12
  %".31" = sub i64 %"nt", 1
  %".32" = add i64 %".30", %".31"
  %".33" = sdiv i64 %".32", %"nt"
  %".34" = mul i64 %".33", 12
  %".35" = mul i64 %"tid", %".34"
  %".36" = icmp slt i64 %".35", %"M"
  %".37" = select  i1 %".36", i64 %".35", i64 %"M"
  %".38" = add i64 %".37", %".34"
  %".39" = icmp slt i64 %".38", %"M"
  %".40" = select  i1 %".39", i64 %".38", i64 %"M"
  %".41" = select  i1 %".16", i64 %".25", i64 0
  %".42" = select  i1 %".16", i64 %".28", i64 %"Nn"
  %".43" = select  i1 %".16", i64 0, i64 %".37"
  %".44" = select  i1 %".16", i64 %"M", i64 %".40"
  %"ws" = call ptr @"gv_workspace"(i64 %"tid", i64 6440448)
  %".45" = getelementptr inbounds float, ptr %"ws", i64 36864
  %".46" = getelementptr inbounds float, ptr %"ws", i64 1609728
  %".47" = icmp slt i64 %".41", %".42"
  br i1 %".47", label %"jc.body", label %"jc.done"
jc.body:
  %"jc" = phi  i64 [%".41", %"entry"], [%"jc.next", %"pc.done"]
  %".49" = sub i64 %".42", %"jc"
  %".50" = icmp slt i64 4096, %".49"
  %".51" = select  i1 %".50", i64 4096, i64 %".49"
  %".52" = icmp slt i64 0, %"K"
  br i1 %".52", label %"pc.body", label %"pc.done"
jc.done:
  ret void
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".54" = sub i64 %"K", %"pc"
  %".55" = icmp slt i64 384, %".54"
  %".56" = select  i1 %".55", i64 384, i64 %".54"
  %".57" = icmp eq i64 %"pc", 0
  %".58" = mul i64 %"pc", %"rsb"
  %".59" = mul i64 %"jc", %"csb"
  %".60" = add i64 %".58", %".59"
  %".61" = getelementptr inbounds float, ptr %"B", i64 %".60"
  call void @"gv_gemm_f32.pack_b"(ptr %".45", ptr %".61", i64 %".51", i64 %".56", i64 %"csb", i64 %"rsb")
  %".63" = icmp slt i64 %".43", %".44"
  br i1 %".63", label %"ic.body", label %"ic.done"
pc.done:
  %"jc.next" = add nsw i64 %"jc", 4096
  %".101" = icmp slt i64 %"jc.next", %".42"
  br i1 %".101", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".43", %"pc.body"], [%"ic.next", %"jr.done"]
  %".65" = sub i64 %".44", %"ic"
  %".66" = icmp slt i64 96, %".65"
  %".67" = select  i1 %".66", i64 96, i64 %".65"
  %".68" = mul i64 %"ic", %"rsa"
  %".69" = mul i64 %"pc", %"csa"
  %".70" = add i64 %".68", %".69"
  %".71" = getelementptr inbounds float, ptr %"A", i64 %".70"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".71", i64 %".67", i64 %".56", i64 %"rsa", i64 %"csa")
  %".73" = icmp slt i64 0, %".51"
  br i1 %".73", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 384
  %".99" = icmp slt i64 %"pc.next", %"K"
  br i1 %".99", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".75" = sub i64 %".51", %"jr"
  %".76" = icmp slt i64 32, %".75"
  %".77" = select  i1 %".76", i64 32, i64 %".75"
  %".78" = mul i64 %"jr", %".56"
  %".79" = getelementptr inbounds float, ptr %".45", i64 %".78"
  %".80" = icmp slt i64 0, %".67"
  br i1 %".80", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 96
  %".97" = icmp slt i64 %"ic.next", %".44"
  br i1 %".97", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body"]
  %".82" = sub i64 %".67", %"ir"
  %".83" = icmp slt i64 12, %".82"
  %".84" = select  i1 %".83", i64 12, i64 %".82"
  %".85" = mul i64 %"ir", %".56"
  %".86" = getelementptr inbounds float, ptr %"ws", i64 %".85"
  %".87" = add i64 %"ic", %"ir"
  %".88" = mul i64 %".87", %"ldc"
  %".89" = add i64 %"jc", %"jr"
  %".90" = add i64 %".88", %".89"
  %".91" = getelementptr inbounds float, ptr %"C", i64 %".90"
  call void @"gv_gemm_f32.ukernel"(i64 %".56", ptr %".86", ptr %".79", ptr %".91", i64 %"ldc", i64 %".84", i64 %".77", i1 %".57", ptr %".46")
  %"ir.next" = add nsw i64 %"ir", 12
  %".93" = icmp slt i64 %"ir.next", %".67"
  br i1 %".93", label %"ir.body", label %"ir.done"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 32
  %".95" = icmp slt i64 %"jr.next", %".51"
  br i1 %".95", label %"jr.body", label %"jr.done"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

declare void @"gv_parallel"(ptr %".1", ptr %".2", i64 %".3")

; kernel gv_k1_add: nodes %add; layers model[0] (Fc); shapes %add: f32[N,3]
define internal void @"gv_k1_add"(i64 %"N", i64 %"nthreads", ptr %"b2", ptr %"b5", ptr %"b6")
{
entry:
  %".7" = mul i64 %"N", 3
  %".8" = icmp sge i64 %".7", 32768
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = alloca {i64, i64, ptr, ptr, ptr}
  %".11" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 0
  store i64 %"N", i64* %".11"
  %".13" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 1
  store i64 %"N", i64* %".13"
  %".15" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 2
  store ptr %"b2", ptr %".15"
  %".17" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 3
  store ptr %"b5", ptr %".17"
  %".19" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 4
  store ptr %"b6", ptr %".19"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k1_add.L0.par", {i64, i64, ptr, ptr, ptr}* %".10", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k1_add.L0"(i64 %"N", i64 0, i64 %"N", ptr %"b2", ptr %"b5", ptr %"b6")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k1_add.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b2__0__bias", ptr noalias %"b5_matmul", ptr noalias %"b6_add")
{
entry:
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".10" = mul nsw i64 %"i0", 3
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 0
  %".13" = add nsw i64 0, %".12"
  %".14" = mul nsw i64 %"i0", 3
  %".15" = add nsw i64 0, %".14"
  %".16" = icmp slt i64 0, 3
  br i1 %".16", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".18" = mul nsw i64 %"i1", 1
  %".19" = add nsw i64 %".11", %".18"
  %".20" = mul nsw i64 %"i1", 1
  %".21" = add nsw i64 %".13", %".20"
  %".22" = mul nsw i64 %"i1", 1
  %".23" = add nsw i64 %".15", %".22"
  %".24" = getelementptr inbounds float, ptr %"b5_matmul", i64 %".19"
  %".25" = load float, ptr %".24"
  %".26" = getelementptr inbounds float, ptr %"b2__0__bias", i64 %".21"
  %".27" = load float, ptr %".26"
  %".28" = fadd nsz arcp contract afn reassoc float %".25", %".27"
  %".29" = getelementptr inbounds float, ptr %"b6_add", i64 %".23"
  store float %".28", ptr %".29"
  %"i1.next" = add nsw i64 %"i1", 1
  %".31" = icmp slt i64 %"i1.next", 3
  br i1 %".31", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".33" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".33", label %"i0.body", label %"i0.done"
}

define internal void @"gv_k1_add.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  call void @"gv_k1_add.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19")
  ret void
}

; kernel gv_k2_relu: nodes %relu; layers model[0] (Fc); shapes %relu: f32[N,3]
define internal void @"gv_k2_relu"(i64 %"N", i64 %"nthreads", ptr %"b6", ptr %"b7")
{
entry:
  %".6" = mul nsw i64 %"N", 3
  %".7" = icmp sge i64 %".6", 32768
  br i1 %".7", label %"entry.if", label %"entry.else"
entry.if:
  %".9" = alloca {i64, i64, ptr, ptr}
  %".10" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 0
  store i64 %"N", i64* %".10"
  %".12" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 1
  store i64 %".6", i64* %".12"
  %".14" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 2
  store ptr %"b6", ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 3
  store ptr %"b7", ptr %".16"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k2_relu.L0.par", {i64, i64, ptr, ptr}* %".9", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k2_relu.L0"(i64 %"N", i64 0, i64 %".6", ptr %"b6", ptr %"b7")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k2_relu.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b6_add", ptr noalias %"b7_relu")
{
entry:
  %".7" = mul nsw i64 %"N", 3
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".10" = mul nsw i64 %"i0", 1
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 1
  %".13" = add nsw i64 0, %".12"
  %".14" = getelementptr inbounds float, ptr %"b6_add", i64 %".11"
  %".15" = load float, ptr %".14"
  %".16" = fcmp ogt float %".15",              0x0
  %".17" = select  i1 %".16", float %".15", float              0x0
  %".18" = getelementptr inbounds float, ptr %"b7_relu", i64 %".13"
  store float %".17", ptr %".18"
  %"i0.next" = add nsw i64 %"i0", 1
  %".20" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".20", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k2_relu.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  call void @"gv_k2_relu.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17")
  ret void
}

; kernel gv_k3_matmul: nodes %matmul_1; layers model[1] (Fc); shapes %matmul_1: f32[N,2]
define internal void @"gv_k3_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3", ptr %"b7", ptr %"b8")
{
entry:
  %".7" = getelementptr float, ptr %"b8", i64 0
  %".8" = icmp eq i64 3, 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %"N", 2
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b7", i64 0
  %".19" = getelementptr float, ptr %"b3", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 %"N", i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 2, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 3, i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 3, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 1, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 1, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 3, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 2, i64* %".41"
  %".43" = mul i64 %"N", 2
  %".44" = mul i64 %".43", 3
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

; kernel gv_k4_add: nodes %add_1; layers model[1] (Fc); shapes %add_1: f32[N,2]
define internal void @"gv_k4_add"(i64 %"N", i64 %"nthreads", ptr %"b4", ptr %"b8", ptr %"b9")
{
entry:
  %".7" = mul i64 %"N", 2
  %".8" = icmp sge i64 %".7", 32768
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = alloca {i64, i64, ptr, ptr, ptr}
  %".11" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 0
  store i64 %"N", i64* %".11"
  %".13" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 1
  store i64 %"N", i64* %".13"
  %".15" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 2
  store ptr %"b4", ptr %".15"
  %".17" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 3
  store ptr %"b8", ptr %".17"
  %".19" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 4
  store ptr %"b9", ptr %".19"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k4_add.L0.par", {i64, i64, ptr, ptr, ptr}* %".10", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k4_add.L0"(i64 %"N", i64 0, i64 %"N", ptr %"b4", ptr %"b8", ptr %"b9")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k4_add.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b4__1__bias", ptr noalias %"b8_matmul_1", ptr noalias %"b9_add_1")
{
entry:
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".10" = mul nsw i64 %"i0", 2
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 0
  %".13" = add nsw i64 0, %".12"
  %".14" = mul nsw i64 %"i0", 2
  %".15" = add nsw i64 0, %".14"
  %".16" = icmp slt i64 0, 2
  br i1 %".16", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".18" = mul nsw i64 %"i1", 1
  %".19" = add nsw i64 %".11", %".18"
  %".20" = mul nsw i64 %"i1", 1
  %".21" = add nsw i64 %".13", %".20"
  %".22" = mul nsw i64 %"i1", 1
  %".23" = add nsw i64 %".15", %".22"
  %".24" = getelementptr inbounds float, ptr %"b8_matmul_1", i64 %".19"
  %".25" = load float, ptr %".24"
  %".26" = getelementptr inbounds float, ptr %"b4__1__bias", i64 %".21"
  %".27" = load float, ptr %".26"
  %".28" = fadd nsz arcp contract afn reassoc float %".25", %".27"
  %".29" = getelementptr inbounds float, ptr %"b9_add_1", i64 %".23"
  store float %".28", ptr %".29"
  %"i1.next" = add nsw i64 %"i1", 1
  %".31" = icmp slt i64 %"i1.next", 2
  br i1 %".31", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".33" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".33", label %"i0.body", label %"i0.done"
}

define internal void @"gv_k4_add.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  call void @"gv_k4_add.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19")
  ret void
}

; kernel gv_k5_gt: nodes %gt; layers model[0] (Fc) [grad]; shapes %gt: f32[N,3]
define internal void @"gv_k5_gt"(i64 %"N", i64 %"nthreads", ptr %"b6", ptr %"b10")
{
entry:
  %".6" = mul nsw i64 %"N", 3
  %".7" = icmp sge i64 %".6", 32768
  br i1 %".7", label %"entry.if", label %"entry.else"
entry.if:
  %".9" = alloca {i64, i64, ptr, ptr}
  %".10" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 0
  store i64 %"N", i64* %".10"
  %".12" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 1
  store i64 %".6", i64* %".12"
  %".14" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 2
  store ptr %"b6", ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr}, {i64, i64, ptr, ptr}* %".9", i64 0, i32 3
  store ptr %"b10", ptr %".16"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k5_gt.L0.par", {i64, i64, ptr, ptr}* %".9", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k5_gt.L0"(i64 %"N", i64 0, i64 %".6", ptr %"b6", ptr %"b10")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k5_gt.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b6_add", ptr noalias %"b10_gt")
{
entry:
  %".7" = mul nsw i64 %"N", 3
  %".8" = icmp slt i64 %"lo", %"hi"
  br i1 %".8", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".10" = mul nsw i64 %"i0", 1
  %".11" = add nsw i64 0, %".10"
  %".12" = mul nsw i64 %"i0", 1
  %".13" = add nsw i64 0, %".12"
  %".14" = getelementptr inbounds float, ptr %"b6_add", i64 %".11"
  %".15" = load float, ptr %".14"
  %".16" = fcmp ogt float %".15",              0x0
  %".17" = uitofp i1 %".16" to float
  %".18" = getelementptr inbounds float, ptr %"b10_gt", i64 %".13"
  store float %".17", ptr %".18"
  %"i0.next" = add nsw i64 %"i0", 1
  %".20" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".20", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k5_gt.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  call void @"gv_k5_gt.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17")
  ret void
}

; gvcompile module for graph tiny_bwd
; arena: 128*N bytes; buffers: b0=arg:%seed0, b1=arg:%relu, b2=arg:%gt, b3=arg:%x, b4=arg:%_0__weight, b5=arg:%_1__weight, b6=out:%reduce_sum, b7=temp:%matmul_2, b8=out:%matmul_3, b9=temp:%where, b10=out:%reduce_sum_1, b11=out:%matmul_4, b12=out:%matmul_5
; ModuleID = "gv_tiny_bwd"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"gv_tiny_bwd"(i64 %"N", ptr %"args", ptr %"outs", ptr %"consts", ptr %"arena")
{
entry:
  %"nthreads" = call i64 @"gv_num_threads"()
  %".7" = getelementptr ptr, ptr %"args", i64 0
  %"b0_seed0" = load ptr, ptr %".7"
  %".9" = getelementptr ptr, ptr %"args", i64 1
  %"b1_relu" = load ptr, ptr %".9"
  %".11" = getelementptr ptr, ptr %"args", i64 2
  %"b2_gt" = load ptr, ptr %".11"
  %".13" = getelementptr ptr, ptr %"args", i64 3
  %"b3_x" = load ptr, ptr %".13"
  %".15" = getelementptr ptr, ptr %"args", i64 4
  %"b4__0__weight" = load ptr, ptr %".15"
  %".17" = getelementptr ptr, ptr %"args", i64 5
  %"b5__1__weight" = load ptr, ptr %".17"
  %".19" = getelementptr ptr, ptr %"outs", i64 3
  %"b6_reduce_sum" = load ptr, ptr %".19"
  %"b7_matmul_2" = getelementptr i8, ptr %"arena", i64 0
  %".22" = getelementptr ptr, ptr %"outs", i64 2
  %"b8_matmul_3" = load ptr, ptr %".22"
  %".24" = mul nsw i64 %"N", 64
  %"b9_where" = getelementptr i8, ptr %"arena", i64 %".24"
  %".26" = getelementptr ptr, ptr %"outs", i64 1
  %"b10_reduce_sum_1" = load ptr, ptr %".26"
  %".28" = getelementptr ptr, ptr %"outs", i64 4
  %"b11_matmul_4" = load ptr, ptr %".28"
  %".30" = getelementptr ptr, ptr %"outs", i64 0
  %"b12_matmul_5" = load ptr, ptr %".30"
  call void @"gv_k0_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b6_reduce_sum")
  call void @"gv_k1_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b5__1__weight", ptr %"b7_matmul_2")
  call void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0_seed0", ptr %"b1_relu", ptr %"b8_matmul_3")
  call void @"gv_k3_where"(i64 %"N", i64 %"nthreads", ptr %"b2_gt", ptr %"b7_matmul_2", ptr %"b9_where")
  call void @"gv_k4_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b9_where", ptr %"b10_reduce_sum_1")
  call void @"gv_k5_matmul"(i64 %"N", i64 %"nthreads", ptr %"b4__0__weight", ptr %"b9_where", ptr %"b11_matmul_4")
  call void @"gv_k6_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3_x", ptr %"b9_where", ptr %"b12_matmul_5")
  ret void
}

declare i64 @"gv_num_threads"()

; kernel gv_k0_reduce_sum: nodes %reduce_sum; layers model[1] (Fc) [grad]; shapes %reduce_sum: f32[2]
define internal void @"gv_k0_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b6")
{
entry:
  %".6" = icmp sge i64 2, 32768
  br i1 %".6", label %"entry.if", label %"entry.else"
entry.if:
  %".8" = alloca {i64, i64, ptr}
  %".9" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 0
  store i64 %"N", i64* %".9"
  %".11" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 1
  store i64 2, i64* %".11"
  %".13" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 2
  store ptr %"b6", ptr %".13"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k0_reduce_sum.L0.par", {i64, i64, ptr}* %".8", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k0_reduce_sum.L0"(i64 %"N", i64 0, i64 2, ptr %"b6")
  br label %"entry.endif"
entry.endif:
  %".19" = mul i64 %"N", 2
  call void @"gv_k0_reduce_sum.L1"(i64 %"N", i64 0, i64 %"N", ptr %"b0", ptr %"b6")
  ret void
}

define internal void @"gv_k0_reduce_sum.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b6_reduce_sum")
{
entry:
  %".6" = icmp slt i64 %"lo", %"hi"
  br i1 %".6", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".8" = mul nsw i64 %"i0", 1
  %".9" = add nsw i64 0, %".8"
  %".10" = getelementptr inbounds float, ptr %"b6_reduce_sum", i64 %".9"
  store float              0x0, ptr %".10"
  %"i0.next" = add nsw i64 %"i0", 1
  %".12" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".12", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k0_reduce_sum.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  call void @"gv_k0_reduce_sum.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15")
  ret void
}

declare void @"gv_parallel"(ptr %".1", ptr %".2", i64 %".3")

define internal void @"gv_k0_reduce_sum.L1"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b0_seed0", ptr noalias %"b6_reduce_sum")
{
entry:
  %".7" = icmp slt i64 %"lo", %"hi"
  br i1 %".7", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".9" = mul nsw i64 %"i0", 2
  %".10" = add nsw i64 0, %".9"
  %".11" = mul nsw i64 %"i0", 0
  %".12" = add nsw i64 0, %".11"
  %".13" = icmp slt i64 0, 2
  br i1 %".13", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".15" = mul nsw i64 %"i1", 1
  %".16" = add nsw i64 %".10", %".15"
  %".17" = mul nsw i64 %"i1", 1
  %".18" = add nsw i64 %".12", %".17"
  %".19" = getelementptr inbounds float, ptr %"b0_seed0", i64 %".16"
  %".20" = load float, ptr %".19"
  %".21" = getelementptr inbounds float, ptr %"b6_reduce_sum", i64 %".18"
  %".22" = load float, ptr %".21"
  %".23" = fadd nsz arcp contract afn reassoc float %".22", %".20"
  store float %".23", ptr %".21"
  %"i1.next" = add nsw i64 %"i1", 1
  %".25" = icmp slt i64 %"i1.next", 2
  br i1 %".25", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".27" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".27", label %"i0.body", label %"i0.done"
}

; kernel gv_k1_matmul: nodes %matmul_2; layers model[1] (Fc) [grad]; shapes %matmul_2: f32[N,3]
define internal void @"gv_k1_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b5", ptr %"b7")
{
entry:
  %".7" = getelementptr float, ptr %"b7", i64 0
  %".8" = icmp eq i64 2, 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %"N", 3
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b0", i64 0
  %".19" = getelementptr float, ptr %"b5", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 %"N", i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 3, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 2, i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 2, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 1, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 3, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 3, i64* %".41"
  %".43" = mul i64 %"N", 3
  %".44" = mul i64 %".43", 2
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

declare <16 x float> @"llvm.fma.v16f32"(<16 x float> %".1", <16 x float> %".2", <16 x float> %".3")

define internal void @"gv_gemm_f32.ukernel"(i64 %"kc", ptr %"ap", ptr %"bp", ptr %"c", i64 %"ldc", i64 %"mr", i64 %"nr", i1 %"first", ptr %"tile") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".11" = and i64 %"kc", -4
  %".12" = icmp sgt i64 %".11", 0
  br i1 %".12", label %"main", label %"mid"
main:
  %"k" = phi  i64 [0, %"entry"], [%".386", %"main"]
  %"acc0" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".307", %"main"]
  %"acc1" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".308", %"main"]
  %"acc2" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".314", %"main"]
  %"acc3" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".315", %"main"]
  %"acc4" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".321", %"main"]
  %"acc5" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".322", %"main"]
  %"acc6" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".328", %"main"]
  %"acc7" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".329", %"main"]
  %"acc8" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".335", %"main"]
  %"acc9" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".336", %"main"]
  %"acc10" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".342", %"main"]
  %"acc11" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".343", %"main"]
  %"acc12" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".349", %"main"]
  %"acc13" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".350", %"main"]
  %"acc14" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".356", %"main"]
  %"acc15" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".357", %"main"]
  %"acc16" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".363", %"main"]
  %"acc17" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".364", %"main"]
  %"acc18" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".370", %"main"]
  %"acc19" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".371", %"main"]
  %"acc20" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".377", %"main"]
  %"acc21" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".378", %"main"]
  %"acc22" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".384", %"main"]
  %"acc23" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".385", %"main"]
  %".14" = add i64 %"k", 0
  %".15" = mul i64 %".14", 32
  %".16" = add i64 %".15", 0
  %".17" = getelementptr inbounds float, ptr %"bp", i64 %".16"
  %".18" = load <16 x float>, ptr %".17", align 64
  %".19" = add i64 %".15", 16
  %".20" = getelementptr inbounds float, ptr %"bp", i64 %".19"
  %".21" = load <16 x float>, ptr %".20", align 64
  %".22" = mul i64 %".14", 12
  %".23" = add i64 %".22", 0
  %".24" = getelementptr inbounds float, ptr %"ap", i64 %".23"
  %".25" = load float, ptr %".24"
  %".26" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".25", i32 0
  %".27" = shufflevector <16 x float> %".26", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".28" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".27", <16 x float> %".18", <16 x float> %"acc0")
  %".29" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".27", <16 x float> %".21", <16 x float> %"acc1")
  %".30" = add i64 %".22", 1
  %".31" = getelementptr inbounds float, ptr %"ap", i64 %".30"
  %".32" = load float, ptr %".31"
  %".33" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".32", i32 0
  %".34" = shufflevector <16 x float> %".33", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".35" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".34", <16 x float> %".18", <16 x float> %"acc2")
  %".36" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".34", <16 x float> %".21", <16 x float> %"acc3")
  %".37" = add i64 %".22", 2
  %".38" = getelementptr inbounds float, ptr %"ap", i64 %".37"
  %".39" = load float, ptr %".38"
  %".40" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".39", i32 0
  %".41" = shufflevector <16 x float> %".40", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".42" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".41", <16 x float> %".18", <16 x float> %"acc4")
  %".43" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".41", <16 x float> %".21", <16 x float> %"acc5")
  %".44" = add i64 %".22", 3
  %".45" = getelementptr inbounds float, ptr %"ap", i64 %".44"
  %".46" = load float, ptr %".45"
  %".47" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".46", i32 0
  %".48" = shufflevector <16 x float> %".47", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".49" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".48", <16 x float> %".18", <16 x float> %"acc6")
  %".50" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".48", <16 x float> %".21", <16 x float> %"acc7")
  %".51" = add i64 %".22", 4
  %".52" = getelementptr inbounds float, ptr %"ap", i64 %".51"
  %".53" = load float, ptr %".52"
  %".54" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".53", i32 0
  %".55" = shufflevector <16 x float> %".54", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".56" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".55", <16 x float> %".18", <16 x float> %"acc8")
  %".57" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".55", <16 x float> %".21", <16 x float> %"acc9")
  %".58" = add i64 %".22", 5
  %".59" = getelementptr inbounds float, ptr %"ap", i64 %".58"
  %".60" = load float, ptr %".59"
  %".61" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".60", i32 0
  %".62" = shufflevector <16 x float> %".61", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".63" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".62", <16 x float> %".18", <16 x float> %"acc10")
  %".64" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".62", <16 x float> %".21", <16 x float> %"acc11")
  %".65" = add i64 %".22", 6
  %".66" = getelementptr inbounds float, ptr %"ap", i64 %".65"
  %".67" = load float, ptr %".66"
  %".68" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".67", i32 0
  %".69" = shufflevector <16 x float> %".68", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".70" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".69", <16 x float> %".18", <16 x float> %"acc12")
  %".71" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".69", <16 x float> %".21", <16 x float> %"acc13")
  %".72" = add i64 %".22", 7
  %".73" = getelementptr inbounds float, ptr %"ap", i64 %".72"
  %".74" = load float, ptr %".73"
  %".75" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".74", i32 0
  %".76" = shufflevector <16 x float> %".75", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".76", <16 x float> %".18", <16 x float> %"acc14")
  %".78" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".76", <16 x float> %".21", <16 x float> %"acc15")
  %".79" = add i64 %".22", 8
  %".80" = getelementptr inbounds float, ptr %"ap", i64 %".79"
  %".81" = load float, ptr %".80"
  %".82" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".81", i32 0
  %".83" = shufflevector <16 x float> %".82", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".84" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".83", <16 x float> %".18", <16 x float> %"acc16")
  %".85" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".83", <16 x float> %".21", <16 x float> %"acc17")
  %".86" = add i64 %".22", 9
  %".87" = getelementptr inbounds float, ptr %"ap", i64 %".86"
  %".88" = load float, ptr %".87"
  %".89" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".88", i32 0
  %".90" = shufflevector <16 x float> %".89", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".91" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".90", <16 x float> %".18", <16 x float> %"acc18")
  %".92" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".90", <16 x float> %".21", <16 x float> %"acc19")
  %".93" = add i64 %".22", 10
  %".94" = getelementptr inbounds float, ptr %"ap", i64 %".93"
  %".95" = load float, ptr %".94"
  %".96" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".95", i32 0
  %".97" = shufflevector <16 x float> %".96", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".98" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".97", <16 x float> %".18", <16 x float> %"acc20")
  %".99" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".97", <16 x float> %".21", <16 x float> %"acc21")
  %".100" = add i64 %".22", 11
  %".101" = getelementptr inbounds float, ptr %"ap", i64 %".100"
  %".102" = load float, ptr %".101"
  %".103" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".102", i32 0
  %".104" = shufflevector <16 x float> %".103", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".105" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".104", <16 x float> %".18", <16 x float> %"acc22")
  %".106" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".104", <16 x float> %".21", <16 x float> %"acc23")
  %".107" = add i64 %"k", 1
  %".108" = mul i64 %".107", 32
  %".109" = add i64 %".108", 0
  %".110" = getelementptr inbounds float, ptr %"bp", i64 %".109"
  %".111" = load <16 x float>, ptr %".110", align 64
  %".112" = add i64 %".108", 16
  %".113" = getelementptr inbounds float, ptr %"bp", i64 %".112"
  %".114" = load <16 x float>, ptr %".113", align 64
  %".115" = mul i64 %".107", 12
  %".116" = add i64 %".115", 0
  %".117" = getelementptr inbounds float, ptr %"ap", i64 %".116"
  %".118" = load float, ptr %".117"
  %".119" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".118", i32 0
  %".120" = shufflevector <16 x float> %".119", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".121" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".120", <16 x float> %".111", <16 x float> %".28")
  %".122" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".120", <16 x float> %".114", <16 x float> %".29")
  %".123" = add i64 %".115", 1
  %".124" = getelementptr inbounds float, ptr %"ap", i64 %".123"
  %".125" = load float, ptr %".124"
  %".126" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".125", i32 0
  %".127" = shufflevector <16 x float> %".126", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".128" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".127", <16 x float> %".111", <16 x float> %".35")
  %".129" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".127", <16 x float> %".114", <16 x float> %".36")
  %".130" = add i64 %".115", 2
  %".131" = getelementptr inbounds float, ptr %"ap", i64 %".130"
  %".132" = load float, ptr %".131"
  %".133" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".132", i32 0
  %".134" = shufflevector <16 x float> %".133", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".135" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".134", <16 x float> %".111", <16 x float> %".42")
  %".136" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".134", <16 x float> %".114", <16 x float> %".43")
  %".137" = add i64 %".115", 3
  %".138" = getelementptr inbounds float, ptr %"ap", i64 %".137"
  %".139" = load float, ptr %".138"
  %".140" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".139", i32 0
  %".141" = shufflevector <16 x float> %".140", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".142" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".141", <16 x float> %".111", <16 x float> %".49")
  %".143" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".141", <16 x float> %".114", <16 x float> %".50")
  %".144" = add i64 %".115", 4
  %".145" = getelementptr inbounds float, ptr %"ap", i64 %".144"
  %".146" = load float, ptr %".145"
  %".147" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".146", i32 0
  %".148" = shufflevector <16 x float> %".147", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".149" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".148", <16 x float> %".111", <16 x float> %".56")
  %".150" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".148", <16 x float> %".114", <16 x float> %".57")
  %".151" = add i64 %".115", 5
  %".152" = getelementptr inbounds float, ptr %"ap", i64 %".151"
  %".153" = load float, ptr %".152"
  %".154" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".153", i32 0
  %".155" = shufflevector <16 x float> %".154", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".156" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".155", <16 x float> %".111", <16 x float> %".63")
  %".157" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".155", <16 x float> %".114", <16 x float> %".64")
  %".158" = add i64 %".115", 6
  %".159" = getelementptr inbounds float, ptr %"ap", i64 %".158"
  %".160" = load float, ptr %".159"
  %".161" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".160", i32 0
  %".162" = shufflevector <16 x float> %".161", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".163" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".162", <16 x float> %".111", <16 x float> %".70")
  %".164" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".162", <16 x float> %".114", <16 x float> %".71")
  %".165" = add i64 %".115", 7
  %".166" = getelementptr inbounds float, ptr %"ap", i64 %".165"
  %".167" = load float, ptr %".166"
  %".168" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".167", i32 0
  %".169" = shufflevector <16 x float> %".168", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".170" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".169", <16 x float> %".111", <16 x float> %".77")
  %".171" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".169", <16 x float> %".114", <16 x float> %".78")
  %".172" = add i64 %".115", 8
  %".173" = getelementptr inbounds float, ptr %"ap", i64 %".172"
  %".174" = load float, ptr %".173"
  %".175" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".174", i32 0
  %".176" = shufflevector <16 x float> %".175", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".177" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".176", <16 x float> %".111", <16 x float> %".84")
  %".178" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".176", <16 x float> %".114", <16 x float> %".85")
  %".179" = add i64 %".115", 9
  %".180" = getelementptr inbounds float, ptr %"ap", i64 %".179"
  %".181" = load float, ptr %".180"
  %".182" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".181", i32 0
  %".183" = shufflevector <16 x float> %".182", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".184" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".183", <16 x float> %".111", <16 x float> %".91")
  %".185" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".183", <16 x float> %".114", <16 x float> %".92")
  %".186" = add i64 %".115", 10
  %".187" = getelementptr inbounds float, ptr %"ap", i64 %".186"
  %".188" = load float, ptr %".187"
  %".189" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".188", i32 0
  %".190" = shufflevector <16 x float> %".189", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".191" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".190", <16 x float> %".111", <16 x float> %".98")
  %".192" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".190", <16 x float> %".114", <16 x float> %".99")
  %".193" = add i64 %".115", 11
  %".194" = getelementptr inbounds float, ptr %"ap", i64 %".193"
  %".195" = load float, ptr %".194"
  %".196" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".195", i32 0
  %".197" = shufflevector <16 x float> %".196", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".198" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".197", <16 x float> %".111", <16 x float> %".105")
  %".199" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".197", <16 x float> %".114", <16 x float> %".106")
  %".200" = add i64 %"k", 2
  %".201" = mul i64 %".200", 32
  %".202" = add i64 %".201", 0
  %".203" = getelementptr inbounds float, ptr %"bp", i64 %".202"
  %".204" = load <16 x float>, ptr %".203", align 64
  %".205" = add i64 %".201", 16
  %".206" = getelementptr inbounds float, ptr %"bp", i64 %".205"
  %".207" = load <16 x float>, ptr %".206", align 64
  %".208" = mul i64 %".200", 12
  %".209" = add i64 %".208", 0
  %".210" = getelementptr inbounds float, ptr %"ap", i64 %".209"
  %".211" = load float, ptr %".210"
  %".212" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".211", i32 0
  %".213" = shufflevector <16 x float> %".212", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".214" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".213", <16 x float> %".204", <16 x float> %".121")
  %".215" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".213", <16 x float> %".207", <16 x float> %".122")
  %".216" = add i64 %".208", 1
  %".217" = getelementptr inbounds float, ptr %"ap", i64 %".216"
  %".218" = load float, ptr %".217"
  %".219" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".218", i32 0
  %".220" = shufflevector <16 x float> %".219", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".221" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".220", <16 x float> %".204", <16 x float> %".128")
  %".222" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".220", <16 x float> %".207", <16 x float> %".129")
  %".223" = add i64 %".208", 2
  %".224" = getelementptr inbounds float, ptr %"ap", i64 %".223"
  %".225" = load float, ptr %".224"
  %".226" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".225", i32 0
  %".227" = shufflevector <16 x float> %".226", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".228" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".227", <16 x float> %".204", <16 x float> %".135")
  %".229" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".227", <16 x float> %".207", <16 x float> %".136")
  %".230" = add i64 %".208", 3
  %".231" = getelementptr inbounds float, ptr %"ap", i64 %".230"
  %".232" = load float, ptr %".231"
  %".233" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".232", i32 0
  %".234" = shufflevector <16 x float> %".233", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".235" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".234", <16 x float> %".204", <16 x float> %".142")
  %".236" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".234", <16 x float> %".207", <16 x float> %".143")
  %".237" = add i64 %".208", 4
  %".238" = getelementptr inbounds float, ptr %"ap", i64 %".237"
  %".239" = load float, ptr %".238"
  %".240" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".239", i32 0
  %".241" = shufflevector <16 x float> %".240", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".242" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".241", <16 x float> %".204", <16 x float> %".149")
  %".243" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".241", <16 x float> %".207", <16 x float> %".150")
  %".244" = add i64 %".208", 5
  %".245" = getelementptr inbounds float, ptr %"ap", i64 %".244"
  %".246" = load float, ptr %".245"
  %".247" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".246", i32 0
  %".248" = shufflevector <16 x float> %".247", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".249" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".248", <16 x float> %".204", <16 x float> %".156")
  %".250" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".248", <16 x float> %".207", <16 x float> %".157")
  %".251" = add i64 %".208", 6
  %".252" = getelementptr inbounds float, ptr %"ap", i64 %".251"
  %".253" = load float, ptr %".252"
  %".254" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".253", i32 0
  %".255" = shufflevector <16 x float> %".254", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".256" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".255", <16 x float> %".204", <16 x float> %".163")
  %".257" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".255", <16 x float> %".207", <16 x float> %".164")
  %".258" = add i64 %".208", 7
  %".259" = getelementptr inbounds float, ptr %"ap", i64 %".258"
  %".260" = load float, ptr %".259"
  %".261" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".260", i32 0
  %".262" = shufflevector <16 x float> %".261", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".263" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".262", <16 x float> %".204", <16 x float> %".170")
  %".264" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".262", <16 x float> %".207", <16 x float> %".171")
  %".265" = add i64 %".208", 8
  %".266" = getelementptr inbounds float, ptr %"ap", i64 %".265"
  %".267" = load float, ptr %".266"
  %".268" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".267", i32 0
  %".269" = shufflevector <16 x float> %".268", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".270" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".269", <16 x float> %".204", <16 x float> %".177")
  %".271" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".269", <16 x float> %".207", <16 x float> %".178")
  %".272" = add i64 %".208", 9
  %".273" = getelementptr inbounds float, ptr %"ap", i64 %".272"
  %".274" = load float, ptr %".273"
  %".275" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".274", i32 0
  %".276" = shufflevector <16 x float> %".275", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".277" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".276", <16 x float> %".204", <16 x float> %".184")
  %".278" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".276", <16 x float> %".207", <16 x float> %".185")
  %".279" = add i64 %".208", 10
  %".280" = getelementptr inbounds float, ptr %"ap", i64 %".279"
  %".281" = load float, ptr %".280"
  %".282" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".281", i32 0
  %".283" = shufflevector <16 x float> %".282", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".284" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".283", <16 x float> %".204", <16 x float> %".191")
  %".285" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".283", <16 x float> %".207", <16 x float> %".192")
  %".286" = add i64 %".208", 11
  %".287" = getelementptr inbounds float, ptr %"ap", i64 %".286"
  %".288" = load float, ptr %".287"
  %".289" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".288", i32 0
  %".290" = shufflevector <16 x float> %".289", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".291" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".290", <16 x float> %".204", <16 x float> %".198")
  %".292" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".290", <16 x float> %".207", <16 x float> %".199")
  %".293" = add i64 %"k", 3
  %".294" = mul i64 %".293", 32
  %".295" = add i64 %".294", 0
  %".296" = getelementptr inbounds float, ptr %"bp", i64 %".295"
  %".297" = load <16 x float>, ptr %".296", align 64
  %".298" = add i64 %".294", 16
  %".299" = getelementptr inbounds float, ptr %"bp", i64 %".298"
  %".300" = load <16 x float>, ptr %".299", align 64
  %".301" = mul i64 %".293", 12
  %".302" = add i64 %".301", 0
  %".303" = getelementptr inbounds float, ptr %"ap", i64 %".302"
  %".304" = load float, ptr %".303"
  %".305" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".304", i32 0
  %".306" = shufflevector <16 x float> %".305", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".307" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".306", <16 x float> %".297", <16 x float> %".214")
  %".308" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".306", <16 x float> %".300", <16 x float> %".215")
  %".309" = add i64 %".301", 1
  %".310" = getelementptr inbounds float, ptr %"ap", i64 %".309"
  %".311" = load float, ptr %".310"
  %".312" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".311", i32 0
  %".313" = shufflevector <16 x float> %".312", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".314" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".313", <16 x float> %".297", <16 x float> %".221")
  %".315" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".313", <16 x float> %".300", <16 x float> %".222")
  %".316" = add i64 %".301", 2
  %".317" = getelementptr inbounds float, ptr %"ap", i64 %".316"
  %".318" = load float, ptr %".317"
  %".319" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".318", i32 0
  %".320" = shufflevector <16 x float> %".319", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".321" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".320", <16 x float> %".297", <16 x float> %".228")
  %".322" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".320", <16 x float> %".300", <16 x float> %".229")
  %".323" = add i64 %".301", 3
  %".324" = getelementptr inbounds float, ptr %"ap", i64 %".323"
  %".325" = load float, ptr %".324"
  %".326" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".325", i32 0
  %".327" = shufflevector <16 x float> %".326", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".328" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".327", <16 x float> %".297", <16 x float> %".235")
  %".329" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".327", <16 x float> %".300", <16 x float> %".236")
  %".330" = add i64 %".301", 4
  %".331" = getelementptr inbounds float, ptr %"ap", i64 %".330"
  %".332" = load float, ptr %".331"
  %".333" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".332", i32 0
  %".334" = shufflevector <16 x float> %".333", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".335" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".334", <16 x float> %".297", <16 x float> %".242")
  %".336" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".334", <16 x float> %".300", <16 x float> %".243")
  %".337" = add i64 %".301", 5
  %".338" = getelementptr inbounds float, ptr %"ap", i64 %".337"
  %".339" = load float, ptr %".338"
  %".340" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".339", i32 0
  %".341" = shufflevector <16 x float> %".340", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".342" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".341", <16 x float> %".297", <16 x float> %".249")
  %".343" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".341", <16 x float> %".300", <16 x float> %".250")
  %".344" = add i64 %".301", 6
  %".345" = getelementptr inbounds float, ptr %"ap", i64 %".344"
  %".346" = load float, ptr %".345"
  %".347" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".346", i32 0
  %".348" = shufflevector <16 x float> %".347", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".349" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".348", <16 x float> %".297", <16 x float> %".256")
  %".350" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".348", <16 x float> %".300", <16 x float> %".257")
  %".351" = add i64 %".301", 7
  %".352" = getelementptr inbounds float, ptr %"ap", i64 %".351"
  %".353" = load float, ptr %".352"
  %".354" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".353", i32 0
  %".355" = shufflevector <16 x float> %".354", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".356" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".355", <16 x float> %".297", <16 x float> %".263")
  %".357" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".355", <16 x float> %".300", <16 x float> %".264")
  %".358" = add i64 %".301", 8
  %".359" = getelementptr inbounds float, ptr %"ap", i64 %".358"
  %".360" = load float, ptr %".359"
  %".361" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".360", i32 0
  %".362" = shufflevector <16 x float> %".361", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".363" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".362", <16 x float> %".297", <16 x float> %".270")
  %".364" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".362", <16 x float> %".300", <16 x float> %".271")
  %".365" = add i64 %".301", 9
  %".366" = getelementptr inbounds float, ptr %"ap", i64 %".365"
  %".367" = load float, ptr %".366"
  %".368" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".367", i32 0
  %".369" = shufflevector <16 x float> %".368", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".370" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".369", <16 x float> %".297", <16 x float> %".277")
  %".371" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".369", <16 x float> %".300", <16 x float> %".278")
  %".372" = add i64 %".301", 10
  %".373" = getelementptr inbounds float, ptr %"ap", i64 %".372"
  %".374" = load float, ptr %".373"
  %".375" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".374", i32 0
  %".376" = shufflevector <16 x float> %".375", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".377" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".376", <16 x float> %".297", <16 x float> %".284")
  %".378" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".376", <16 x float> %".300", <16 x float> %".285")
  %".379" = add i64 %".301", 11
  %".380" = getelementptr inbounds float, ptr %"ap", i64 %".379"
  %".381" = load float, ptr %".380"
  %".382" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".381", i32 0
  %".383" = shufflevector <16 x float> %".382", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".384" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".383", <16 x float> %".297", <16 x float> %".291")
  %".385" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".383", <16 x float> %".300", <16 x float> %".292")
  %".386" = add i64 %"k", 4
  %".387" = icmp slt i64 %".386", %".11"
  br i1 %".387", label %"main", label %"mid"
mid:
  %".389" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".307", %"main"]
  %".390" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".308", %"main"]
  %".391" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".314", %"main"]
  %".392" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".315", %"main"]
  %".393" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".321", %"main"]
  %".394" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".322", %"main"]
  %".395" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".328", %"main"]
  %".396" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".329", %"main"]
  %".397" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".335", %"main"]
  %".398" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".336", %"main"]
  %".399" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".342", %"main"]
  %".400" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".343", %"main"]
  %".401" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".349", %"main"]
  %".402" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".350", %"main"]
  %".403" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".356", %"main"]
  %".404" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".357", %"main"]
  %".405" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".363", %"main"]
  %".406" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".364", %"main"]
  %".407" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".370", %"main"]
  %".408" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".371", %"main"]
  %".409" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".377", %"main"]
  %".410" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".378", %"main"]
  %".411" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".384", %"main"]
  %".412" = phi  <16 x float> [<float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, %"entry"], [%".385", %"main"]
  %".413" = icmp slt i64 %".11", %"kc"
  br i1 %".413", label %"rem", label %"tail"
rem:
  %"k1" = phi  i64 [%".11", %"mid"], [%".531", %"rem"]
  %".415" = phi  <16 x float> [%".389", %"mid"], [%".452", %"rem"]
  %".416" = phi  <16 x float> [%".390", %"mid"], [%".453", %"rem"]
  %".417" = phi  <16 x float> [%".391", %"mid"], [%".459", %"rem"]
  %".418" = phi  <16 x float> [%".392", %"mid"], [%".460", %"rem"]
  %".419" = phi  <16 x float> [%".393", %"mid"], [%".466", %"rem"]
  %".420" = phi  <16 x float> [%".394", %"mid"], [%".467", %"rem"]
  %".421" = phi  <16 x float> [%".395", %"mid"], [%".473", %"rem"]
  %".422" = phi  <16 x float> [%".396", %"mid"], [%".474", %"rem"]
  %".423" = phi  <16 x float> [%".397", %"mid"], [%".480", %"rem"]
  %".424" = phi  <16 x float> [%".398", %"mid"], [%".481", %"rem"]
  %".425" = phi  <16 x float> [%".399", %"mid"], [%".487", %"rem"]
  %".426" = phi  <16 x float> [%".400", %"mid"], [%".488", %"rem"]
  %".427" = phi  <16 x float> [%".401", %"mid"], [%".494", %"rem"]
  %".428" = phi  <16 x float> [%".402", %"mid"], [%".495", %"rem"]
  %".429" = phi  <16 x float> [%".403", %"mid"], [%".501", %"rem"]
  %".430" = phi  <16 x float> [%".404", %"mid"], [%".502", %"rem"]
  %".431" = phi  <16 x float> [%".405", %"mid"], [%".508", %"rem"]
  %".432" = phi  <16 x float> [%".406", %"mid"], [%".509", %"rem"]
  %".433" = phi  <16 x float> [%".407", %"mid"], [%".515", %"rem"]
  %".434" = phi  <16 x float> [%".408", %"mid"], [%".516", %"rem"]
  %".435" = phi  <16 x float> [%".409", %"mid"], [%".522", %"rem"]
  %".436" = phi  <16 x float> [%".410", %"mid"], [%".523", %"rem"]
  %".437" = phi  <16 x float> [%".411", %"mid"], [%".529", %"rem"]
  %".438" = phi  <16 x float> [%".412", %"mid"], [%".530", %"rem"]
  %".439" = mul i64 %"k1", 32
  %".440" = add i64 %".439", 0
  %".441" = getelementptr inbounds float, ptr %"bp", i64 %".440"
  %".442" = load <16 x float>, ptr %".441", align 64
  %".443" = add i64 %".439", 16
  %".444" = getelementptr inbounds float, ptr %"bp", i64 %".443"
  %".445" = load <16 x float>, ptr %".444", align 64
  %".446" = mul i64 %"k1", 12
  %".447" = add i64 %".446", 0
  %".448" = getelementptr inbounds float, ptr %"ap", i64 %".447"
  %".449" = load float, ptr %".448"
  %".450" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".449", i32 0
  %".451" = shufflevector <16 x float> %".450", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".452" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".451", <16 x float> %".442", <16 x float> %".415")
  %".453" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".451", <16 x float> %".445", <16 x float> %".416")
  %".454" = add i64 %".446", 1
  %".455" = getelementptr inbounds float, ptr %"ap", i64 %".454"
  %".456" = load float, ptr %".455"
  %".457" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".456", i32 0
  %".458" = shufflevector <16 x float> %".457", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".459" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".458", <16 x float> %".442", <16 x float> %".417")
  %".460" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".458", <16 x float> %".445", <16 x float> %".418")
  %".461" = add i64 %".446", 2
  %".462" = getelementptr inbounds float, ptr %"ap", i64 %".461"
  %".463" = load float, ptr %".462"
  %".464" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".463", i32 0
  %".465" = shufflevector <16 x float> %".464", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".466" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".465", <16 x float> %".442", <16 x float> %".419")
  %".467" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".465", <16 x float> %".445", <16 x float> %".420")
  %".468" = add i64 %".446", 3
  %".469" = getelementptr inbounds float, ptr %"ap", i64 %".468"
  %".470" = load float, ptr %".469"
  %".471" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".470", i32 0
  %".472" = shufflevector <16 x float> %".471", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".473" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".472", <16 x float> %".442", <16 x float> %".421")
  %".474" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".472", <16 x float> %".445", <16 x float> %".422")
  %".475" = add i64 %".446", 4
  %".476" = getelementptr inbounds float, ptr %"ap", i64 %".475"
  %".477" = load float, ptr %".476"
  %".478" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".477", i32 0
  %".479" = shufflevector <16 x float> %".478", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".480" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".479", <16 x float> %".442", <16 x float> %".423")
  %".481" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".479", <16 x float> %".445", <16 x float> %".424")
  %".482" = add i64 %".446", 5
  %".483" = getelementptr inbounds float, ptr %"ap", i64 %".482"
  %".484" = load float, ptr %".483"
  %".485" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".484", i32 0
  %".486" = shufflevector <16 x float> %".485", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".487" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".486", <16 x float> %".442", <16 x float> %".425")
  %".488" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".486", <16 x float> %".445", <16 x float> %".426")
  %".489" = add i64 %".446", 6
  %".490" = getelementptr inbounds float, ptr %"ap", i64 %".489"
  %".491" = load float, ptr %".490"
  %".492" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".491", i32 0
  %".493" = shufflevector <16 x float> %".492", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".494" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".493", <16 x float> %".442", <16 x float> %".427")
  %".495" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".493", <16 x float> %".445", <16 x float> %".428")
  %".496" = add i64 %".446", 7
  %".497" = getelementptr inbounds float, ptr %"ap", i64 %".496"
  %".498" = load float, ptr %".497"
  %".499" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".498", i32 0
  %".500" = shufflevector <16 x float> %".499", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".501" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".500", <16 x float> %".442", <16 x float> %".429")
  %".502" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".500", <16 x float> %".445", <16 x float> %".430")
  %".503" = add i64 %".446", 8
  %".504" = getelementptr inbounds float, ptr %"ap", i64 %".503"
  %".505" = load float, ptr %".504"
  %".506" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".505", i32 0
  %".507" = shufflevector <16 x float> %".506", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".508" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".507", <16 x float> %".442", <16 x float> %".431")
  %".509" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".507", <16 x float> %".445", <16 x float> %".432")
  %".510" = add i64 %".446", 9
  %".511" = getelementptr inbounds float, ptr %"ap", i64 %".510"
  %".512" = load float, ptr %".511"
  %".513" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".512", i32 0
  %".514" = shufflevector <16 x float> %".513", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".515" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".514", <16 x float> %".442", <16 x float> %".433")
  %".516" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".514", <16 x float> %".445", <16 x float> %".434")
  %".517" = add i64 %".446", 10
  %".518" = getelementptr inbounds float, ptr %"ap", i64 %".517"
  %".519" = load float, ptr %".518"
  %".520" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".519", i32 0
  %".521" = shufflevector <16 x float> %".520", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".522" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".521", <16 x float> %".442", <16 x float> %".435")
  %".523" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".521", <16 x float> %".445", <16 x float> %".436")
  %".524" = add i64 %".446", 11
  %".525" = getelementptr inbounds float, ptr %"ap", i64 %".524"
  %".526" = load float, ptr %".525"
  %".527" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".526", i32 0
  %".528" = shufflevector <16 x float> %".527", <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".529" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".528", <16 x float> %".442", <16 x float> %".437")
  %".530" = call <16 x float> @"llvm.fma.v16f32"(<16 x float> %".528", <16 x float> %".445", <16 x float> %".438")
  %".531" = add i64 %"k1", 1
  %".532" = icmp slt i64 %".531", %"kc"
  br i1 %".532", label %"rem", label %"tail"
tail:
  %".534" = phi  <16 x float> [%".389", %"mid"], [%".452", %"rem"]
  %".535" = phi  <16 x float> [%".390", %"mid"], [%".453", %"rem"]
  %".536" = phi  <16 x float> [%".391", %"mid"], [%".459", %"rem"]
  %".537" = phi  <16 x float> [%".392", %"mid"], [%".460", %"rem"]
  %".538" = phi  <16 x float> [%".393", %"mid"], [%".466", %"rem"]
  %".539" = phi  <16 x float> [%".394", %"mid"], [%".467", %"rem"]
  %".540" = phi  <16 x float> [%".395", %"mid"], [%".473", %"rem"]
  %".541" = phi  <16 x float> [%".396", %"mid"], [%".474", %"rem"]
  %".542" = phi  <16 x float> [%".397", %"mid"], [%".480", %"rem"]
  %".543" = phi  <16 x float> [%".398", %"mid"], [%".481", %"rem"]
  %".544" = phi  <16 x float> [%".399", %"mid"], [%".487", %"rem"]
  %".545" = phi  <16 x float> [%".400", %"mid"], [%".488", %"rem"]
  %".546" = phi  <16 x float> [%".401", %"mid"], [%".494", %"rem"]
  %".547" = phi  <16 x float> [%".402", %"mid"], [%".495", %"rem"]
  %".548" = phi  <16 x float> [%".403", %"mid"], [%".501", %"rem"]
  %".549" = phi  <16 x float> [%".404", %"mid"], [%".502", %"rem"]
  %".550" = phi  <16 x float> [%".405", %"mid"], [%".508", %"rem"]
  %".551" = phi  <16 x float> [%".406", %"mid"], [%".509", %"rem"]
  %".552" = phi  <16 x float> [%".407", %"mid"], [%".515", %"rem"]
  %".553" = phi  <16 x float> [%".408", %"mid"], [%".516", %"rem"]
  %".554" = phi  <16 x float> [%".409", %"mid"], [%".522", %"rem"]
  %".555" = phi  <16 x float> [%".410", %"mid"], [%".523", %"rem"]
  %".556" = phi  <16 x float> [%".411", %"mid"], [%".529", %"rem"]
  %".557" = phi  <16 x float> [%".412", %"mid"], [%".530", %"rem"]
  %".558" = icmp eq i64 %"mr", 12
  %".559" = icmp eq i64 %"nr", 32
  %".560" = and i1 %".558", %".559"
  br i1 %".560", label %"tail.if", label %"tail.else"
tail.if:
  br i1 %"first", label %"tail.if.if", label %"tail.if.else"
tail.else:
  %".806" = getelementptr inbounds float, ptr %"tile", i64 0
  store <16 x float> %".534", ptr %".806", align 64
  %".808" = getelementptr inbounds float, ptr %"tile", i64 16
  store <16 x float> %".535", ptr %".808", align 64
  %".810" = getelementptr inbounds float, ptr %"tile", i64 32
  store <16 x float> %".536", ptr %".810", align 64
  %".812" = getelementptr inbounds float, ptr %"tile", i64 48
  store <16 x float> %".537", ptr %".812", align 64
  %".814" = getelementptr inbounds float, ptr %"tile", i64 64
  store <16 x float> %".538", ptr %".814", align 64
  %".816" = getelementptr inbounds float, ptr %"tile", i64 80
  store <16 x float> %".539", ptr %".816", align 64
  %".818" = getelementptr inbounds float, ptr %"tile", i64 96
  store <16 x float> %".540", ptr %".818", align 64
  %".820" = getelementptr inbounds float, ptr %"tile", i64 112
  store <16 x float> %".541", ptr %".820", align 64
  %".822" = getelementptr inbounds float, ptr %"tile", i64 128
  store <16 x float> %".542", ptr %".822", align 64
  %".824" = getelementptr inbounds float, ptr %"tile", i64 144
  store <16 x float> %".543", ptr %".824", align 64
  %".826" = getelementptr inbounds float, ptr %"tile", i64 160
  store <16 x float> %".544", ptr %".826", align 64
  %".828" = getelementptr inbounds float, ptr %"tile", i64 176
  store <16 x float> %".545", ptr %".828", align 64
  %".830" = getelementptr inbounds float, ptr %"tile", i64 192
  store <16 x float> %".546", ptr %".830", align 64
  %".832" = getelementptr inbounds float, ptr %"tile", i64 208
  store <16 x float> %".547", ptr %".832", align 64
  %".834" = getelementptr inbounds float, ptr %"tile", i64 224
  store <16 x float> %".548", ptr %".834", align 64
  %".836" = getelementptr inbounds float, ptr %"tile", i64 240
  store <16 x float> %".549", ptr %".836", align 64
  %".838" = getelementptr inbounds float, ptr %"tile", i64 256
  store <16 x float> %".550", ptr %".838", align 64
  %".840" = getelementptr inbounds float, ptr %"tile", i64 272
  store <16 x float> %".551", ptr %".840", align 64
  %".842" = getelementptr inbounds float, ptr %"tile", i64 288
  store <16 x float> %".552", ptr %".842", align 64
  %".844" = getelementptr inbounds float, ptr %"tile", i64 304
  store <16 x float> %".553", ptr %".844", align 64
  %".846" = getelementptr inbounds float, ptr %"tile", i64 320
  store <16 x float> %".554", ptr %".846", align 64
  %".848" = getelementptr inbounds float, ptr %"tile", i64 336
  store <16 x float> %".555", ptr %".848", align 64
  %".850" = getelementptr inbounds float, ptr %"tile", i64 352
  store <16 x float> %".556", ptr %".850", align 64
  %".852" = getelementptr inbounds float, ptr %"tile", i64 368
  store <16 x float> %".557", ptr %".852", align 64
  %".854" = icmp slt i64 0, %"mr"
  br i1 %".854", label %"tr.body", label %"tr.done"
tail.endif:
  ret void
tail.if.if:
  %".563" = mul i64 0, %"ldc"
  %".564" = add i64 %".563", 0
  %".565" = getelementptr inbounds float, ptr %"c", i64 %".564"
  store <16 x float> %".534", ptr %".565", align 4
  %".567" = mul i64 0, %"ldc"
  %".568" = add i64 %".567", 16
  %".569" = getelementptr inbounds float, ptr %"c", i64 %".568"
  store <16 x float> %".535", ptr %".569", align 4
  %".571" = mul i64 1, %"ldc"
  %".572" = add i64 %".571", 0
  %".573" = getelementptr inbounds float, ptr %"c", i64 %".572"
  store <16 x float> %".536", ptr %".573", align 4
  %".575" = mul i64 1, %"ldc"
  %".576" = add i64 %".575", 16
  %".577" = getelementptr inbounds float, ptr %"c", i64 %".576"
  store <16 x float> %".537", ptr %".577", align 4
  %".579" = mul i64 2, %"ldc"
  %".580" = add i64 %".579", 0
  %".581" = getelementptr inbounds float, ptr %"c", i64 %".580"
  store <16 x float> %".538", ptr %".581", align 4
  %".583" = mul i64 2, %"ldc"
  %".584" = add i64 %".583", 16
  %".585" = getelementptr inbounds float, ptr %"c", i64 %".584"
  store <16 x float> %".539", ptr %".585", align 4
  %".587" = mul i64 3, %"ldc"
  %".588" = add i64 %".587", 0
  %".589" = getelementptr inbounds float, ptr %"c", i64 %".588"
  store <16 x float> %".540", ptr %".589", align 4
  %".591" = mul i64 3, %"ldc"
  %".592" = add i64 %".591", 16
  %".593" = getelementptr inbounds float, ptr %"c", i64 %".592"
  store <16 x float> %".541", ptr %".593", align 4
  %".595" = mul i64 4, %"ldc"
  %".596" = add i64 %".595", 0
  %".597" = getelementptr inbounds float, ptr %"c", i64 %".596"
  store <16 x float> %".542", ptr %".597", align 4
  %".599" = mul i64 4, %"ldc"
  %".600" = add i64 %".599", 16
  %".601" = getelementptr inbounds float, ptr %"c", i64 %".600"
  store <16 x float> %".543", ptr %".601", align 4
  %".603" = mul i64 5, %"ldc"
  %".604" = add i64 %".603", 0
  %".605" = getelementptr inbounds float, ptr %"c", i64 %".604"
  store <16 x float> %".544", ptr %".605", align 4
  %".607" = mul i64 5, %"ldc"
  %".608" = add i64 %".607", 16
  %".609" = getelementptr inbounds float, ptr %"c", i64 %".608"
  store <16 x float> %".545", ptr %".609", align 4
  %".611" = mul i64 6, %"ldc"
  %".612" = add i64 %".611", 0
  %".613" = getelementptr inbounds float, ptr %"c", i64 %".612"
  store <16 x float> %".546", ptr %".613", align 4
  %".615" = mul i64 6, %"ldc"
  %".616" = add i64 %".615", 16
  %".617" = getelementptr inbounds float, ptr %"c", i64 %".616"
  store <16 x float> %".547", ptr %".617", align 4
  %".619" = mul i64 7, %"ldc"
  %".620" = add i64 %".619", 0
  %".621" = getelementptr inbounds float, ptr %"c", i64 %".620"
  store <16 x float> %".548", ptr %".621", align 4
  %".623" = mul i64 7, %"ldc"
  %".624" = add i64 %".623", 16
  %".625" = getelementptr inbounds float, ptr %"c", i64 %".624"
  store <16 x float> %".549", ptr %".625", align 4
  %".627" = mul i64 8, %"ldc"
  %".628" = add i64 %".627", 0
  %".629" = getelementptr inbounds float, ptr %"c", i64 %".628"
  store <16 x float> %".550", ptr %".629", align 4
  %".631" = mul i64 8, %"ldc"
  %".632" = add i64 %".631", 16
  %".633" = getelementptr inbounds float, ptr %"c", i64 %".632"
  store <16 x float> %".551", ptr %".633", align 4
  %".635" = mul i64 9, %"ldc"
  %".636" = add i64 %".635", 0
  %".637" = getelementptr inbounds float, ptr %"c", i64 %".636"
  store <16 x float> %".552", ptr %".637", align 4
  %".639" = mul i64 9, %"ldc"
  %".640" = add i64 %".639", 16
  %".641" = getelementptr inbounds float, ptr %"c", i64 %".640"
  store <16 x float> %".553", ptr %".641", align 4
  %".643" = mul i64 10, %"ldc"
  %".644" = add i64 %".643", 0
  %".645" = getelementptr inbounds float, ptr %"c", i64 %".644"
  store <16 x float> %".554", ptr %".645", align 4
  %".647" = mul i64 10, %"ldc"
  %".648" = add i64 %".647", 16
  %".649" = getelementptr inbounds float, ptr %"c", i64 %".648"
  store <16 x float> %".555", ptr %".649", align 4
  %".651" = mul i64 11, %"ldc"
  %".652" = add i64 %".651", 0
  %".653" = getelementptr inbounds float, ptr %"c", i64 %".652"
  store <16 x float> %".556", ptr %".653", align 4
  %".655" = mul i64 11, %"ldc"
  %".656" = add i64 %".655", 16
  %".657" = getelementptr inbounds float, ptr %"c", i64 %".656"
  store <16 x float> %".557", ptr %".657", align 4
  br label %"tail.if.endif"
tail.if.else:
  %".660" = mul i64 0, %"ldc"
  %".661" = add i64 %".660", 0
  %".662" = getelementptr inbounds float, ptr %"c", i64 %".661"
  %".663" = load <16 x float>, ptr %".662", align 4
  %".664" = fadd nsz arcp contract afn reassoc <16 x float> %".663", %".534"
  store <16 x float> %".664", ptr %".662", align 4
  %".666" = mul i64 0, %"ldc"
  %".667" = add i64 %".666", 16
  %".668" = getelementptr inbounds float, ptr %"c", i64 %".667"
  %".669" = load <16 x float>, ptr %".668", align 4
  %".670" = fadd nsz arcp contract afn reassoc <16 x float> %".669", %".535"
  store <16 x float> %".670", ptr %".668", align 4
  %".672" = mul i64 1, %"ldc"
  %".673" = add i64 %".672", 0
  %".674" = getelementptr inbounds float, ptr %"c", i64 %".673"
  %".675" = load <16 x float>, ptr %".674", align 4
  %".676" = fadd nsz arcp contract afn reassoc <16 x float> %".675", %".536"
  store <16 x float> %".676", ptr %".674", align 4
  %".678" = mul i64 1, %"ldc"
  %".679" = add i64 %".678", 16
  %".680" = getelementptr inbounds float, ptr %"c", i64 %".679"
  %".681" = load <16 x float>, ptr %".680", align 4
  %".682" = fadd nsz arcp contract afn reassoc <16 x float> %".681", %".537"
  store <16 x float> %".682", ptr %".680", align 4
  %".684" = mul i64 2, %"ldc"
  %".685" = add i64 %".684", 0
  %".686" = getelementptr inbounds float, ptr %"c", i64 %".685"
  %".687" = load <16 x float>, ptr %".686", align 4
  %".688" = fadd nsz arcp contract afn reassoc <16 x float> %".687", %".538"
  store <16 x float> %".688", ptr %".686", align 4
  %".690" = mul i64 2, %"ldc"
  %".691" = add i64 %".690", 16
  %".692" = getelementptr inbounds float, ptr %"c", i64 %".691"
  %".693" = load <16 x float>, ptr %".692", align 4
  %".694" = fadd nsz arcp contract afn reassoc <16 x float> %".693", %".539"
  store <16 x float> %".694", ptr %".692", align 4
  %".696" = mul i64 3, %"ldc"
  %".697" = add i64 %".696", 0
  %".698" = getelementptr inbounds float, ptr %"c", i64 %".697"
  %".699" = load <16 x float>, ptr %".698", align 4
  %".700" = fadd nsz arcp contract afn reassoc <16 x float> %".699", %".540"
  store <16 x float> %".700", ptr %".698", align 4
  %".702" = mul i64 3, %"ldc"
  %".703" = add i64 %".702", 16
  %".704" = getelementptr inbounds float, ptr %"c", i64 %".703"
  %".705" = load <16 x float>, ptr %".704", align 4
  %".706" = fadd nsz arcp contract afn reassoc <16 x float> %".705", %".541"
  store <16 x float> %".706", ptr %".704", align 4
  %".708" = mul i64 4, %"ldc"
  %".709" = add i64 %".708", 0
  %".710" = getelementptr inbounds float, ptr %"c", i64 %".709"
  %".711" = load <16 x float>, ptr %".710", align 4
  %".712" = fadd nsz arcp contract afn reassoc <16 x float> %".711", %".542"
  store <16 x float> %".712", ptr %".710", align 4
  %".714" = mul i64 4, %"ldc"
  %".715" = add i64 %".714", 16
  %".716" = getelementptr inbounds float, ptr %"c", i64 %".715"
  %".717" = load <16 x float>, ptr %".716", align 4
  %".718" = fadd nsz arcp contract afn reassoc <16 x float> %".717", %".543"
  store <16 x float> %".718", ptr %".716", align 4
  %".720" = mul i64 5, %"ldc"
  %".721" = add i64 %".720", 0
  %".722" = getelementptr inbounds float, ptr %"c", i64 %".721"
  %".723" = load <16 x float>, ptr %".722", align 4
  %".724" = fadd nsz arcp contract afn reassoc <16 x float> %".723", %".544"
  store <16 x float> %".724", ptr %".722", align 4
  %".726" = mul i64 5, %"ldc"
  %".727" = add i64 %".726", 16
  %".728" = getelementptr inbounds float, ptr %"c", i64 %".727"
  %".729" = load <16 x float>, ptr %".728", align 4
  %".730" = fadd nsz arcp contract afn reassoc <16 x float> %".729", %".545"
  store <16 x float> %".730", ptr %".728", align 4
  %".732" = mul i64 6, %"ldc"
  %".733" = add i64 %".732", 0
  %".734" = getelementptr inbounds float, ptr %"c", i64 %".733"
  %".735" = load <16 x float>, ptr %".734", align 4
  %".736" = fadd nsz arcp contract afn reassoc <16 x float> %".735", %".546"
  store <16 x float> %".736", ptr %".734", align 4
  %".738" = mul i64 6, %"ldc"
  %".739" = add i64 %".738", 16
  %".740" = getelementptr inbounds float, ptr %"c", i64 %".739"
  %".741" = load <16 x float>, ptr %".740", align 4
  %".742" = fadd nsz arcp contract afn reassoc <16 x float> %".741", %".547"
  store <16 x float> %".742", ptr %".740", align 4
  %".744" = mul i64 7, %"ldc"
  %".745" = add i64 %".744", 0
  %".746" = getelementptr inbounds float, ptr %"c", i64 %".745"
  %".747" = load <16 x float>, ptr %".746", align 4
  %".748" = fadd nsz arcp contract afn reassoc <16 x float> %".747", %".548"
  store <16 x float> %".748", ptr %".746", align 4
  %".750" = mul i64 7, %"ldc"
  %".751" = add i64 %".750", 16
  %".752" = getelementptr inbounds float, ptr %"c", i64 %".751"
  %".753" = load <16 x float>, ptr %".752", align 4
  %".754" = fadd nsz arcp contract afn reassoc <16 x float> %".753", %".549"
  store <16 x float> %".754", ptr %".752", align 4
  %".756" = mul i64 8, %"ldc"
  %".757" = add i64 %".756", 0
  %".758" = getelementptr inbounds float, ptr %"c", i64 %".757"
  %".759" = load <16 x float>, ptr %".758", align 4
  %".760" = fadd nsz arcp contract afn reassoc <16 x float> %".759", %".550"
  store <16 x float> %".760", ptr %".758", align 4
  %".762" = mul i64 8, %"ldc"
  %".763" = add i64 %".762", 16
  %".764" = getelementptr inbounds float, ptr %"c", i64 %".763"
  %".765" = load <16 x float>, ptr %".764", align 4
  %".766" = fadd nsz arcp contract afn reassoc <16 x float> %".765", %".551"
  store <16 x float> %".766", ptr %".764", align 4
  %".768" = mul i64 9, %"ldc"
  %".769" = add i64 %".768", 0
  %".770" = getelementptr inbounds float, ptr %"c", i64 %".769"
  %".771" = load <16 x float>, ptr %".770", align 4
  %".772" = fadd nsz arcp contract afn reassoc <16 x float> %".771", %".552"
  store <16 x float> %".772", ptr %".770", align 4
  %".774" = mul i64 9, %"ldc"
  %".775" = add i64 %".774", 16
  %".776" = getelementptr inbounds float, ptr %"c", i64 %".775"
  %".777" = load <16 x float>, ptr %".776", align 4
  %".778" = fadd nsz arcp contract afn reassoc <16 x float> %".777", %".553"
  store <16 x float> %".778", ptr %".776", align 4
  %".780" = mul i64 10, %"ldc"
  %".781" = add i64 %".780", 0
  %".782" = getelementptr inbounds float, ptr %"c", i64 %".781"
  %".783" = load <16 x float>, ptr %".782", align 4
  %".784" = fadd nsz arcp contract afn reassoc <16 x float> %".783", %".554"
  store <16 x float> %".784", ptr %".782", align 4
  %".786" = mul i64 10, %"ldc"
  %".787" = add i64 %".786", 16
  %".788" = getelementptr inbounds float, ptr %"c", i64 %".787"
  %".789" = load <16 x float>, ptr %".788", align 4
  %".790" = fadd nsz arcp contract afn reassoc <16 x float> %".789", %".555"
  store <16 x float> %".790", ptr %".788", align 4
  %".792" = mul i64 11, %"ldc"
  %".793" = add i64 %".792", 0
  %".794" = getelementptr inbounds float, ptr %"c", i64 %".793"
  %".795" = load <16 x float>, ptr %".794", align 4
  %".796" = fadd nsz arcp contract afn reassoc <16 x float> %".795", %".556"
  store <16 x float> %".796", ptr %".794", align 4
  %".798" = mul i64 11, %"ldc"
  %".799" = add i64 %".798", 16
  %".800" = getelementptr inbounds float, ptr %"c", i64 %".799"
  %".801" = load <16 x float>, ptr %".800", align 4
  %".802" = fadd nsz arcp contract afn reassoc <16 x float> %".801", %".557"
  store <16 x float> %".802", ptr %".800", align 4
  br label %"tail.if.endif"
tail.if.endif:
  br label %"tail.endif"
tr.body:
  %"tr" = phi  i64 [0, %"tail.else"], [%"tr.next", %"tc.done"]
  %".856" = icmp slt i64 0, %"nr"
  br i1 %".856", label %"tc.body", label %"tc.done"
tr.done:
  br label %"tail.endif"
tc.body:
  %"tc" = phi  i64 [0, %"tr.body"], [%"tc.next", %"tc.body"]
  %".858" = mul i64 %"tr", 32
  %".859" = add i64 %".858", %"tc"
  %".860" = getelementptr inbounds float, ptr %"tile", i64 %".859"
  %".861" = load float, ptr %".860"
  %".862" = mul i64 %"tr", %"ldc"
  %".863" = add i64 %".862", %"tc"
  %".864" = getelementptr inbounds float, ptr %"c", i64 %".863"
  %".865" = load float, ptr %".864"
  %".866" = select  i1 %"first", float              0x0, float %".865"
  %".867" = fadd nsz arcp contract afn reassoc float %".866", %".861"
  store float %".867", ptr %".864"
  %"tc.next" = add nsw i64 %"tc", 1
  %".869" = icmp slt i64 %"tc.next", %"nr"
  br i1 %".869", label %"tc.body", label %"tc.done"
tc.done:
  %"tr.next" = add nsw i64 %"tr", 1
  %".871" = icmp slt i64 %"tr.next", %"mr"
  br i1 %".871", label %"tr.body", label %"tr.done"
}

define internal void @"gv_gemm_f32.pack_a"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".8" = add i64 %"rows", 11
  %".9" = sdiv i64 %".8", 12
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 12
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 12
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 12, %".15"
  %".17" = select  i1 %".16", i64 12, i64 %".15"
  %".18" = mul i64 %".14", %"s_row"
  %".19" = getelementptr inbounds float, ptr %"src", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %"dst", i64 %".13"
  %".21" = icmp eq i64 %"s_row", 1
  br i1 %".21", label %"p.body.if", label %"p.body.else"
p.done:
  ret void
p.body.if:
  %".23" = icmp slt i64 0, %"kc"
  br i1 %".23", label %"k.body", label %"k.done"
p.body.else:
  %".40" = icmp slt i64 0, %".17"
  br i1 %".40", label %"r.body.1", label %"r.done.1"
p.body.endif:
  %".58" = icmp slt i64 0, %"kc"
  br i1 %".58", label %"kz.body", label %"kz.done"
k.body:
  %"k" = phi  i64 [0, %"p.body.if"], [%"k.next", %"r.done"]
  %".25" = icmp slt i64 0, %".17"
  br i1 %".25", label %"r.body", label %"r.done"
k.done:
  br label %"p.body.endif"
r.body:
  %"r" = phi  i64 [0, %"k.body"], [%"r.next", %"r.body"]
  %".27" = mul i64 %"k", %"s_k"
  %".28" = add i64 %"r", %".27"
  %".29" = getelementptr inbounds float, ptr %".19", i64 %".28"
  %".30" = load float, ptr %".29"
  %".31" = mul i64 %"k", 12
  %".32" = add i64 %".31", %"r"
  %".33" = getelementptr inbounds float, ptr %".20", i64 %".32"
  store float %".30", ptr %".33"
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
r.done:
  %"k.next" = add nsw i64 %"k", 1
  %".37" = icmp slt i64 %"k.next", %"kc"
  br i1 %".37", label %"k.body", label %"k.done"
r.body.1:
  %"r.1" = phi  i64 [0, %"p.body.else"], [%"r.next.1", %"k.done.1"]
  %".42" = mul i64 %"r.1", %"s_row"
  %".43" = icmp slt i64 0, %"kc"
  br i1 %".43", label %"k.body.1", label %"k.done.1"
r.done.1:
  br label %"p.body.endif"
k.body.1:
  %"k.1" = phi  i64 [0, %"r.body.1"], [%"k.next.1", %"k.body.1"]
  %".45" = mul i64 %"k.1", %"s_k"
  %".46" = add i64 %".42", %".45"
  %".47" = getelementptr inbounds float, ptr %".19", i64 %".46"
  %".48" = load float, ptr %".47"
  %".49" = mul i64 %"k.1", 12
  %".50" = add i64 %".49", %"r.1"
  %".51" = getelementptr inbounds float, ptr %".20", i64 %".50"
  store float %".48", ptr %".51"
  %"k.next.1" = add nsw i64 %"k.1", 1
  %".53" = icmp slt i64 %"k.next.1", %"kc"
  br i1 %".53", label %"k.body.1", label %"k.done.1"
k.done.1:
  %"r.next.1" = add nsw i64 %"r.1", 1
  %".55" = icmp slt i64 %"r.next.1", %".17"
  br i1 %".55", label %"r.body.1", label %"r.done.1"
kz.body:
  %"kz" = phi  i64 [0, %"p.body.endif"], [%"kz.next", %"z.done"]
  %".60" = icmp slt i64 %".17", 12
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 12
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 12
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.pack_b"(ptr noalias %"dst", ptr noalias %"src", i64 %"rows", i64 %"kc", i64 %"s_row", i64 %"s_k") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".8" = add i64 %"rows", 31
  %".9" = sdiv i64 %".8", 32
  %".10" = icmp slt i64 0, %".9"
  br i1 %".10", label %"p.body", label %"p.done"
p.body:
  %"p" = phi  i64 [0, %"entry"], [%"p.next", %"kz.done"]
  %".12" = mul i64 %"kc", 32
  %".13" = mul i64 %"p", %".12"
  %".14" = mul i64 %"p", 32
  %".15" = sub i64 %"rows", %".14"
  %".16" = icmp slt i64 32, %".15"
  %".17" = select  i1 %".16", i64 32, i64 %".15"
  %".18" = mul i64 %".14", %"s_row"
  %".19" = getelementptr inbounds float, ptr %"src", i64 %".18"
  %".20" = getelementptr inbounds float, ptr %"dst", i64 %".13"
  %".21" = icmp eq i64 %"s_row", 1
  br i1 %".21", label %"p.body.if", label %"p.body.else"
p.done:
  ret void
p.body.if:
  %".23" = icmp slt i64 0, %"kc"
  br i1 %".23", label %"k.body", label %"k.done"
p.body.else:
  %".40" = icmp slt i64 0, %".17"
  br i1 %".40", label %"r.body.1", label %"r.done.1"
p.body.endif:
  %".58" = icmp slt i64 0, %"kc"
  br i1 %".58", label %"kz.body", label %"kz.done"
k.body:
  %"k" = phi  i64 [0, %"p.body.if"], [%"k.next", %"r.done"]
  %".25" = icmp slt i64 0, %".17"
  br i1 %".25", label %"r.body", label %"r.done"
k.done:
  br label %"p.body.endif"
r.body:
  %"r" = phi  i64 [0, %"k.body"], [%"r.next", %"r.body"]
  %".27" = mul i64 %"k", %"s_k"
  %".28" = add i64 %"r", %".27"
  %".29" = getelementptr inbounds float, ptr %".19", i64 %".28"
  %".30" = load float, ptr %".29"
  %".31" = mul i64 %"k", 32
  %".32" = add i64 %".31", %"r"
  %".33" = getelementptr inbounds float, ptr %".20", i64 %".32"
  store float %".30", ptr %".33"
  %"r.next" = add nsw i64 %"r", 1
  %".35" = icmp slt i64 %"r.next", %".17"
  br i1 %".35", label %"r.body", label %"r.done"
r.done:
  %"k.next" = add nsw i64 %"k", 1
  %".37" = icmp slt i64 %"k.next", %"kc"
  br i1 %".37", label %"k.body", label %"k.done"
r.body.1:
  %"r.1" = phi  i64 [0, %"p.body.else"], [%"r.next.1", %"k.done.1"]
  %".42" = mul i64 %"r.1", %"s_row"
  %".43" = icmp slt i64 0, %"kc"
  br i1 %".43", label %"k.body.1", label %"k.done.1"
r.done.1:
  br label %"p.body.endif"
k.body.1:
  %"k.1" = phi  i64 [0, %"r.body.1"], [%"k.next.1", %"k.body.1"]
  %".45" = mul i64 %"k.1", %"s_k"
  %".46" = add i64 %".42", %".45"
  %".47" = getelementptr inbounds float, ptr %".19", i64 %".46"
  %".48" = load float, ptr %".47"
  %".49" = mul i64 %"k.1", 32
  %".50" = add i64 %".49", %"r.1"
  %".51" = getelementptr inbounds float, ptr %".20", i64 %".50"
  store float %".48", ptr %".51"
  %"k.next.1" = add nsw i64 %"k.1", 1
  %".53" = icmp slt i64 %"k.next.1", %"kc"
  br i1 %".53", label %"k.body.1", label %"k.done.1"
k.done.1:
  %"r.next.1" = add nsw i64 %"r.1", 1
  %".55" = icmp slt i64 %"r.next.1", %".17"
  br i1 %".55", label %"r.body.1", label %"r.done.1"
kz.body:
  %"kz" = phi  i64 [0, %"p.body.endif"], [%"kz.next", %"z.done"]
  %".60" = icmp slt i64 %".17", 32
  br i1 %".60", label %"z.body", label %"z.done"
kz.done:
  %"p.next" = add nsw i64 %"p", 1
  %".70" = icmp slt i64 %"p.next", %".9"
  br i1 %".70", label %"p.body", label %"p.done"
z.body:
  %"z" = phi  i64 [%".17", %"kz.body"], [%"z.next", %"z.body"]
  %".62" = mul i64 %"kz", 32
  %".63" = add i64 %".62", %"z"
  %".64" = getelementptr inbounds float, ptr %".20", i64 %".63"
  store float              0x0, ptr %".64"
  %"z.next" = add nsw i64 %"z", 1
  %".66" = icmp slt i64 %"z.next", 32
  br i1 %".66", label %"z.body", label %"z.done"
z.done:
  %"kz.next" = add nsw i64 %"kz", 1
  %".68" = icmp slt i64 %"kz.next", %"kc"
  br i1 %".68", label %"kz.body", label %"kz.done"
}

define internal void @"gv_gemm_f32.thread"(ptr %"ctx", i64 %"tid", i64 %"nt") "min-legal-vector-width"="512" "prefer-vector-width"="512"
{
entry:
  %".5" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 0
  %"M" = load i64, ptr %".5"
  %".6" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 1
  %"Nn" = load i64, ptr %".6"
  %".7" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 2
  %"K" = load i64, ptr %".7"
  %".8" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 3
  %"A" = load ptr, ptr %".8"
  %".9" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 4
  %"rsa" = load i64, ptr %".9"
  %".10" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 5
  %"csa" = load i64, ptr %".10"
  %".11" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 6
  %"B" = load ptr, ptr %".11"
  %".12" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 7
  %"rsb" = load i64, ptr %".12"
  %".13" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 8
  %"csb" = load i64, ptr %".13"
  %".14" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 9
  %"C" = load ptr, ptr %".14"
  %".15" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, ptr %"ctx", i64 0, i32 10
  %"ldc" = load i64, ptr %".15"
  %".16" = icmp sge i64 %"Nn", %"M"
  %".17" = add i64 %"Nn", 31
  %".18" = sdiv i64 %".17", 32
  %".19" = sub i64 %"nt", 1
  %".20" = add i64 %".18", %".19"
  %".21" = sdiv i64 %".20", %"nt"
  %".22" = mul i64 %".21", 32
  %".23" = mul i64 %"tid", %".22"
  %".24" = icmp slt i64 %".23", %"Nn"
  %".25" = select  i1 %".24", i64 %".23", i64 %"Nn"
  %".26" = add i64 %".25", %".22"
  %".27" = icmp slt i64 %".26", %"Nn"
  %".28" = select  i1 %".27", i64 %".26", i64 %"Nn"
  %".29" = add i64 %"M", 11
  %".30" = sdiv i64 %".29", 12
  %".31" = sub i64 %"nt", 1
  %".32" = add i64 %".30", %".31"
  %".33" = sdiv i64 %".32", %"nt"
  %".34" = mul i64 %".33", 12
  %".35" = mul i64 %"tid", %".34"
  %".36" = icmp slt i64 %".35", %"M"
  %".37" = select  i1 %".36", i64 %".35", i64 %"M"
  %".38" = add i64 %".37", %".34"
  %".39" = icmp slt i64 %".38", %"M"
  %".40" = select  i1 %".39", i64 %".38", i64 %"M"
  %".41" = select  i1 %".16", i64 %".25", i64 0
  %".42" = select  i1 %".16", i64 %".28", i64 %"Nn"
  %".43" = select  i1 %".16", i64 0, i64 %".37"
  %".44" = select  i1 %".16", i64 %"M", i64 %".40"
  %"ws" = call ptr @"gv_workspace"(i64 %"tid", i64 6440448)
  %".45" = getelementptr inbounds float, ptr %"ws", i64 36864
  %".46" = getelementptr inbounds float, ptr %"ws", i64 1609728
  %".47" = icmp slt i64 %".41", %".42"
  br i1 %".47", label %"jc.body", label %"jc.done"
jc.body:
  %"jc" = phi  i64 [%".41", %"entry"], [%"jc.next", %"pc.done"]
  %".49" = sub i64 %".42", %"jc"
  %".50" = icmp slt i64 4096, %".49"
  %".51" = select  i1 %".50", i64 4096, i64 %".49"
  %".52" = icmp slt i64 0, %"K"
  br i1 %".52", label %"pc.body", label %"pc.done"
jc.done:
  ret void
pc.body:
  %"pc" = phi  i64 [0, %"jc.body"], [%"pc.next", %"ic.done"]
  %".54" = sub i64 %"K", %"pc"
  %".55" = icmp slt i64 384, %".54"
  %".56" = select  i1 %".55", i64 384, i64 %".54"
  %".57" = icmp eq i64 %"pc", 0
  %".58" = mul i64 %"pc", %"rsb"
  %".59" = mul i64 %"jc", %"csb"
  %".60" = add i64 %".58", %".59"
  %".61" = getelementptr inbounds float, ptr %"B", i64 %".60"
  call void @"gv_gemm_f32.pack_b"(ptr %".45", ptr %".61", i64 %".51", i64 %".56", i64 %"csb", i64 %"rsb")
  %".63" = icmp slt i64 %".43", %".44"
  br i1 %".63", label %"ic.body", label %"ic.done"
pc.done:
  %"jc.next" = add nsw i64 %"jc", 4096
  %".101" = icmp slt i64 %"jc.next", %".42"
  br i1 %".101", label %"jc.body", label %"jc.done"
ic.body:
  %"ic" = phi  i64 [%".43", %"pc.body"], [%"ic.next", %"jr.done"]
  %".65" = sub i64 %".44", %"ic"
  %".66" = icmp slt i64 96, %".65"
  %".67" = select  i1 %".66", i64 96, i64 %".65"
  %".68" = mul i64 %"ic", %"rsa"
  %".69" = mul i64 %"pc", %"csa"
  %".70" = add i64 %".68", %".69"
  %".71" = getelementptr inbounds float, ptr %"A", i64 %".70"
  call void @"gv_gemm_f32.pack_a"(ptr %"ws", ptr %".71", i64 %".67", i64 %".56", i64 %"rsa", i64 %"csa")
  %".73" = icmp slt i64 0, %".51"
  br i1 %".73", label %"jr.body", label %"jr.done"
ic.done:
  %"pc.next" = add nsw i64 %"pc", 384
  %".99" = icmp slt i64 %"pc.next", %"K"
  br i1 %".99", label %"pc.body", label %"pc.done"
jr.body:
  %"jr" = phi  i64 [0, %"ic.body"], [%"jr.next", %"ir.done"]
  %".75" = sub i64 %".51", %"jr"
  %".76" = icmp slt i64 32, %".75"
  %".77" = select  i1 %".76", i64 32, i64 %".75"
  %".78" = mul i64 %"jr", %".56"
  %".79" = getelementptr inbounds float, ptr %".45", i64 %".78"
  %".80" = icmp slt i64 0, %".67"
  br i1 %".80", label %"ir.body", label %"ir.done"
jr.done:
  %"ic.next" = add nsw i64 %"ic", 96
  %".97" = icmp slt i64 %"ic.next", %".44"
  br i1 %".97", label %"ic.body", label %"ic.done"
ir.body:
  %"ir" = phi  i64 [0, %"jr.body"], [%"ir.next", %"ir.body"]
  %".82" = sub i64 %".67", %"ir"
  %".83" = icmp slt i64 12, %".82"
  %".84" = select  i1 %".83", i64 12, i64 %".82"
  %".85" = mul i64 %"ir", %".56"
  %".86" = getelementptr inbounds float, ptr %"ws", i64 %".85"
  %".87" = add i64 %"ic", %"ir"
  %".88" = mul i64 %".87", %"ldc"
  %".89" = add i64 %"jc", %"jr"
  %".90" = add i64 %".88", %".89"
  %".91" = getelementptr inbounds float, ptr %"C", i64 %".90"
  call void @"gv_gemm_f32.ukernel"(i64 %".56", ptr %".86", ptr %".79", ptr %".91", i64 %"ldc", i64 %".84", i64 %".77", i1 %".57", ptr %".46")
  %"ir.next" = add nsw i64 %"ir", 12
  %".93" = icmp slt i64 %"ir.next", %".67"
  br i1 %".93", label %"ir.body", label %"ir.done"
ir.done:
  %"jr.next" = add nsw i64 %"jr", 32
  %".95" = icmp slt i64 %"jr.next", %".51"
  br i1 %".95", label %"jr.body", label %"jr.done"
}

declare ptr @"gv_workspace"(i64 %".1", i64 %".2")

; kernel gv_k2_matmul: nodes %matmul_3; layers model[1] (Fc) [grad]; shapes %matmul_3: f32[2,3]
define internal void @"gv_k2_matmul"(i64 %"N", i64 %"nthreads", ptr %"b0", ptr %"b1", ptr %"b8")
{
entry:
  %".7" = getelementptr float, ptr %"b8", i64 0
  %".8" = icmp eq i64 %"N", 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 2, 3
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b0", i64 0
  %".19" = getelementptr float, ptr %"b1", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 2, i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 3, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 %"N", i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 1, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 2, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 3, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 3, i64* %".41"
  %".43" = mul i64 2, 3
  %".44" = mul i64 %".43", %"N"
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

; kernel gv_k3_where: nodes %where; layers model[0] (Fc) [grad]; shapes %where: f32[N,3]
define internal void @"gv_k3_where"(i64 %"N", i64 %"nthreads", ptr %"b2", ptr %"b7", ptr %"b9")
{
entry:
  %".7" = mul nsw i64 %"N", 3
  %".8" = icmp sge i64 %".7", 32768
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = alloca {i64, i64, ptr, ptr, ptr}
  %".11" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 0
  store i64 %"N", i64* %".11"
  %".13" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 1
  store i64 %".7", i64* %".13"
  %".15" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 2
  store ptr %"b2", ptr %".15"
  %".17" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 3
  store ptr %"b7", ptr %".17"
  %".19" = getelementptr {i64, i64, ptr, ptr, ptr}, {i64, i64, ptr, ptr, ptr}* %".10", i64 0, i32 4
  store ptr %"b9", ptr %".19"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k3_where.L0.par", {i64, i64, ptr, ptr, ptr}* %".10", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k3_where.L0"(i64 %"N", i64 0, i64 %".7", ptr %"b2", ptr %"b7", ptr %"b9")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"gv_k3_where.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b2_gt", ptr noalias %"b7_matmul_2", ptr noalias %"b9_where")
{
entry:
  %".8" = mul nsw i64 %"N", 3
  %".9" = icmp slt i64 %"lo", %"hi"
  br i1 %".9", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".11" = mul nsw i64 %"i0", 1
  %".12" = add nsw i64 0, %".11"
  %".13" = mul nsw i64 %"i0", 1
  %".14" = add nsw i64 0, %".13"
  %".15" = mul nsw i64 %"i0", 1
  %".16" = add nsw i64 0, %".15"
  %".17" = getelementptr inbounds float, ptr %"b2_gt", i64 %".12"
  %".18" = load float, ptr %".17"
  %".19" = getelementptr inbounds float, ptr %"b7_matmul_2", i64 %".14"
  %".20" = load float, ptr %".19"
  %".21" = fcmp une float %".18",              0x0
  %".22" = select  i1 %".21", float %".20", float              0x0
  %".23" = getelementptr inbounds float, ptr %"b9_where", i64 %".16"
  store float %".22", ptr %".23"
  %"i0.next" = add nsw i64 %"i0", 1
  %".25" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".25", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k3_where.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 3
  %".17" = load ptr, ptr %".16"
  %".18" = getelementptr {i64, i64, ptr, ptr, ptr}, ptr %".1", i64 0, i32 4
  %".19" = load ptr, ptr %".18"
  call void @"gv_k3_where.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15", ptr %".17", ptr %".19")
  ret void
}

; kernel gv_k4_reduce_sum: nodes %reduce_sum_1; layers model[0] (Fc) [grad]; shapes %reduce_sum_1: f32[3]
define internal void @"gv_k4_reduce_sum"(i64 %"N", i64 %"nthreads", ptr %"b9", ptr %"b10")
{
entry:
  %".6" = icmp sge i64 3, 32768
  br i1 %".6", label %"entry.if", label %"entry.else"
entry.if:
  %".8" = alloca {i64, i64, ptr}
  %".9" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 0
  store i64 %"N", i64* %".9"
  %".11" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 1
  store i64 3, i64* %".11"
  %".13" = getelementptr {i64, i64, ptr}, {i64, i64, ptr}* %".8", i64 0, i32 2
  store ptr %"b10", ptr %".13"
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_k4_reduce_sum.L0.par", {i64, i64, ptr}* %".8", i64 %"nthreads")
  br label %"entry.endif"
entry.else:
  call void @"gv_k4_reduce_sum.L0"(i64 %"N", i64 0, i64 3, ptr %"b10")
  br label %"entry.endif"
entry.endif:
  %".19" = mul i64 %"N", 3
  call void @"gv_k4_reduce_sum.L1"(i64 %"N", i64 0, i64 %"N", ptr %"b9", ptr %"b10")
  ret void
}

define internal void @"gv_k4_reduce_sum.L0"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b10_reduce_sum_1")
{
entry:
  %".6" = icmp slt i64 %"lo", %"hi"
  br i1 %".6", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i0.body"]
  %".8" = mul nsw i64 %"i0", 1
  %".9" = add nsw i64 0, %".8"
  %".10" = getelementptr inbounds float, ptr %"b10_reduce_sum_1", i64 %".9"
  store float              0x0, ptr %".10"
  %"i0.next" = add nsw i64 %"i0", 1
  %".12" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".12", label %"i0.body", label %"i0.done"
i0.done:
  ret void
}

define internal void @"gv_k4_reduce_sum.L0.par"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 0
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 1
  %".8" = load i64, ptr %".7"
  %".9" = mul i64 %".8", %".2"
  %".10" = sdiv i64 %".9", %".3"
  %".11" = add i64 %".2", 1
  %".12" = mul i64 %".8", %".11"
  %".13" = sdiv i64 %".12", %".3"
  %".14" = getelementptr {i64, i64, ptr}, ptr %".1", i64 0, i32 2
  %".15" = load ptr, ptr %".14"
  call void @"gv_k4_reduce_sum.L0"(i64 %".6", i64 %".10", i64 %".13", ptr %".15")
  ret void
}

define internal void @"gv_k4_reduce_sum.L1"(i64 %"N", i64 %"lo", i64 %"hi", ptr noalias %"b9_where", ptr noalias %"b10_reduce_sum_1")
{
entry:
  %".7" = icmp slt i64 %"lo", %"hi"
  br i1 %".7", label %"i0.body", label %"i0.done"
i0.body:
  %"i0" = phi  i64 [%"lo", %"entry"], [%"i0.next", %"i1.done"]
  %".9" = mul nsw i64 %"i0", 3
  %".10" = add nsw i64 0, %".9"
  %".11" = mul nsw i64 %"i0", 0
  %".12" = add nsw i64 0, %".11"
  %".13" = icmp slt i64 0, 3
  br i1 %".13", label %"i1.body", label %"i1.done"
i0.done:
  ret void
i1.body:
  %"i1" = phi  i64 [0, %"i0.body"], [%"i1.next", %"i1.body"]
  %".15" = mul nsw i64 %"i1", 1
  %".16" = add nsw i64 %".10", %".15"
  %".17" = mul nsw i64 %"i1", 1
  %".18" = add nsw i64 %".12", %".17"
  %".19" = getelementptr inbounds float, ptr %"b9_where", i64 %".16"
  %".20" = load float, ptr %".19"
  %".21" = getelementptr inbounds float, ptr %"b10_reduce_sum_1", i64 %".18"
  %".22" = load float, ptr %".21"
  %".23" = fadd nsz arcp contract afn reassoc float %".22", %".20"
  store float %".23", ptr %".21"
  %"i1.next" = add nsw i64 %"i1", 1
  %".25" = icmp slt i64 %"i1.next", 3
  br i1 %".25", label %"i1.body", label %"i1.done"
i1.done:
  %"i0.next" = add nsw i64 %"i0", 1
  %".27" = icmp slt i64 %"i0.next", %"hi"
  br i1 %".27", label %"i0.body", label %"i0.done"
}

; kernel gv_k5_matmul: nodes %matmul_4; layers model[0] (Fc) [grad]; shapes %matmul_4: f32[N,4]
define internal void @"gv_k5_matmul"(i64 %"N", i64 %"nthreads", ptr %"b4", ptr %"b9", ptr %"b11")
{
entry:
  %".7" = getelementptr float, ptr %"b11", i64 0
  %".8" = icmp eq i64 3, 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %"N", 4
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b9", i64 0
  %".19" = getelementptr float, ptr %"b4", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 %"N", i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 4, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 3, i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 3, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 1, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 4, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 4, i64* %".41"
  %".43" = mul i64 %"N", 4
  %".44" = mul i64 %".43", 3
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}

; kernel gv_k6_matmul: nodes %matmul_5; layers model[0] (Fc) [grad]; shapes %matmul_5: f32[3,4]
define internal void @"gv_k6_matmul"(i64 %"N", i64 %"nthreads", ptr %"b3", ptr %"b9", ptr %"b12")
{
entry:
  %".7" = getelementptr float, ptr %"b12", i64 0
  %".8" = icmp eq i64 %"N", 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 3, 4
  %".11" = icmp slt i64 0, %".10"
  br i1 %".11", label %"z.body", label %"z.done"
entry.else:
  %".18" = getelementptr float, ptr %"b9", i64 0
  %".19" = getelementptr float, ptr %"b3", i64 0
  %".20" = alloca {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}
  %".21" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 0
  store i64 3, i64* %".21"
  %".23" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 1
  store i64 4, i64* %".23"
  %".25" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 2
  store i64 %"N", i64* %".25"
  %".27" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 3
  store ptr %".18", ptr %".27"
  %".29" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 4
  store i64 1, i64* %".29"
  %".31" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 5
  store i64 3, i64* %".31"
  %".33" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 6
  store ptr %".19", ptr %".33"
  %".35" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 7
  store i64 4, i64* %".35"
  %".37" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 8
  store i64 1, i64* %".37"
  %".39" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 9
  store ptr %".7", ptr %".39"
  %".41" = getelementptr {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}, {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i32 10
  store i64 4, i64* %".41"
  %".43" = mul i64 3, 4
  %".44" = mul i64 %".43", %"N"
  %".45" = icmp sge i64 %".44", 2097152
  br i1 %".45", label %"entry.else.if", label %"entry.else.else"
entry.endif:
  ret void
z.body:
  %"z" = phi  i64 [0, %"entry.if"], [%"z.next", %"z.body"]
  %".13" = getelementptr inbounds float, ptr %".7", i64 %"z"
  store float              0x0, ptr %".13"
  %"z.next" = add nsw i64 %"z", 1
  %".15" = icmp slt i64 %"z.next", %".10"
  br i1 %".15", label %"z.body", label %"z.done"
z.done:
  br label %"entry.endif"
entry.else.if:
  call void @"gv_parallel"(void (ptr, i64, i64)* @"gv_gemm_f32.thread", {i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 %"nthreads")
  br label %"entry.else.endif"
entry.else.else:
  call void @"gv_gemm_f32.thread"({i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr, i64}* %".20", i64 0, i64 1)
  br label %"entry.else.endif"
entry.else.endif:
  br label %"entry.endif"
}
